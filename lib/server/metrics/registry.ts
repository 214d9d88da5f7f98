import "server-only";
import { collectDefaultMetrics, Registry } from "prom-client";

// One registry per process, kept on globalThis: Next evaluates a module again on hot reload and in each of its
// bundles (route handlers, instrumentation), and a second registry would split the counts between them.

export const metricPrefix = "coverwatch_";

const globalForMetrics = globalThis as unknown as { coverwatchMetrics?: Registry };

function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: metricPrefix });
  return registry;
}

export function metricsRegistry(): Registry {
  globalForMetrics.coverwatchMetrics ??= createRegistry();
  return globalForMetrics.coverwatchMetrics;
}

/**
 * A metric by name, created on first use. A module evaluated again (hot reload, a second bundle) finds the one
 * already registered instead of failing on a duplicate name and leaving the counts on an orphan.
 */
export function defineMetric<T>(name: string, create: (name: string) => T): T {
  const fullName = `${metricPrefix}${name}`;
  return (metricsRegistry().getSingleMetric(fullName) as T | undefined) ?? create(fullName);
}

/** The text Prometheus scrapes, and its content type. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const registry = metricsRegistry();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
