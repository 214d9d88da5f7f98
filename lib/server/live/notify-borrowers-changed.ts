import "server-only";
import { encodeLiveChange, type LiveChange } from "@/lib/live/live-change";
import type { Tx } from "../db";

/** The PostgreSQL channel of live updates: every web process listens on it (live-hub.ts). */
export const liveChannel = "coverwatch_changes";

/**
 * Tells open pages that these borrowers changed. Call it inside the transaction that changes them: PostgreSQL
 * delivers a NOTIFY when the transaction commits, never on rollback, so a page never refreshes onto data that
 * is not there. The same borrowers signalled twice in one transaction are delivered once.
 */
export async function notifyBorrowersChanged(
  tx: Pick<Tx, "$executeRaw">,
  borrowerIds: LiveChange,
): Promise<void> {
  if (borrowerIds !== "*" && borrowerIds.length === 0) return;
  await tx.$executeRaw`SELECT pg_notify(${liveChannel}, ${encodeLiveChange(borrowerIds)})`;
}
