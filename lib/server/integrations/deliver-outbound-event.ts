import "server-only";
import type { Tx } from "../db";

/**
 * Hands a new event to every enabled webhook endpoint subscribed to its type: a delivery row each and the job
 * that sends it, in the caller's transaction.
 */
export async function deliverOutboundEvent(_tx: Tx, _event: { id: string; type: string; createdAt: Date }) {
  // Filled in by the outbound webhooks work.
}
