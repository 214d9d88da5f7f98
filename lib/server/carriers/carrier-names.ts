import "server-only";
import { axle } from "../axle/axle-client";
import { log } from "../log";

// Carrier names for display. Axle's `GET /carriers` changes rarely, so the list is kept for an hour per
// process; when Axle cannot be reached, slugs are spelled out ("state-farm" → "State Farm") rather than
// failing a page over a label.

const cacheMs = 60 * 60 * 1000;
const retryMs = 60 * 1000;
let cached: { names: Map<string, string>; expiresAt: number } | null = null;
let inFlight: Promise<Map<string, string>> | null = null;

export function spellOutCarrier(slug: string): string {
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

async function load(): Promise<Map<string, string>> {
  try {
    const carriers = await axle.getCarriers();
    const names = new Map(carriers.map((carrier) => [carrier.id, carrier.name]));
    cached = { names, expiresAt: Date.now() + cacheMs };
  } catch (error) {
    log.warn("carrier list unavailable, showing spelled-out slugs", { err: error as Error });
    cached = { names: cached?.names ?? new Map(), expiresAt: Date.now() + retryMs };
  } finally {
    inFlight = null;
  }
  return cached.names;
}

/** A function from carrier slug to its name, as Axle lists it. */
export async function getCarrierNames(): Promise<(slug: string | null | undefined) => string> {
  if (!(cached && cached.expiresAt > Date.now())) inFlight ??= load();
  const names = inFlight ? await inFlight : (cached?.names ?? new Map<string, string>());
  return (slug) => (slug ? (names.get(slug) ?? spellOutCarrier(slug)) : "—");
}

/** Every carrier Axle lists, for filter menus. */
export async function listCarrierOptions(): Promise<{ value: string; label: string }[]> {
  const name = await getCarrierNames();
  return [...(cached?.names.keys() ?? [])]
    .map((slug) => ({ value: slug, label: name(slug) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
