// Fault injection for Coverwatch's reliability tests: per endpoint (errors, Retry-After, latency, calls that
// never answer) and for webhook deliveries (dropped, duplicated, reordered). Set through the admin API
// (`PUT /_twin/faults`) or AXLE_TWIN_FAULTS at start. Randomness comes from the seed, so a run repeats.
import { z } from "zod";
import type { Random } from "./random";

const endpointFaultSchema = z.object({
  /** Share of calls (0–1) answered with `errorStatus` instead of being served. */
  errorRate: z.number().min(0).max(1).default(0),
  errorStatus: z.union([z.literal(429), z.literal(500), z.literal(503)]).default(500),
  /** With an injected error: the `Retry-After` header in seconds; absent or null sends none. */
  retryAfterSeconds: z.number().min(0).nullable().optional(),
  /** Added before every answer. */
  latencyMs: z.number().int().min(0).default(0),
  /** Share of calls that never get an answer: the connection is held until the client gives up. */
  timeoutRate: z.number().min(0).max(1).default(0),
});

const deliveryFaultSchema = z.object({
  dropRate: z.number().min(0).max(1).default(0),
  duplicateRate: z.number().min(0).max(1).default(0),
  /** Deliveries are held this long and then sent newest first (0: in order, as they happen). */
  reorderWindowMs: z.number().int().min(0).default(0),
});

export const faultConfigSchema = z.object({
  /** Keys are route patterns as `METHOD /path/:param` (e.g. `GET /policies/:id`), or `*` for every API route. */
  endpoints: z.record(z.string(), endpointFaultSchema).default({}),
  deliveries: deliveryFaultSchema.default({ dropRate: 0, duplicateRate: 0, reorderWindowMs: 0 }),
});

export type FaultConfig = z.infer<typeof faultConfigSchema>;
export type EndpointFault = z.infer<typeof endpointFaultSchema>;

export const noFaults: FaultConfig = faultConfigSchema.parse({});

export type FaultDecision =
  | { kind: "none"; latencyMs: number }
  | { kind: "error"; latencyMs: number; status: number; retryAfterSeconds?: number | null }
  | { kind: "hang" };

/** What to do with one call of `routeKey` under the current faults. */
export function decideEndpointFault(config: FaultConfig, routeKey: string, random: Random): FaultDecision {
  const fault = config.endpoints[routeKey] ?? config.endpoints["*"];
  if (!fault) return { kind: "none", latencyMs: 0 };
  if (fault.timeoutRate > 0 && random() < fault.timeoutRate) return { kind: "hang" };
  if (fault.errorRate > 0 && random() < fault.errorRate) {
    return {
      kind: "error",
      latencyMs: fault.latencyMs,
      status: fault.errorStatus,
      retryAfterSeconds: fault.retryAfterSeconds,
    };
  }
  return { kind: "none", latencyMs: fault.latencyMs };
}

export function parseFaultConfig(input: unknown): FaultConfig {
  return faultConfigSchema.parse(input ?? {});
}
