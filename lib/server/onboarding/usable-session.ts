import "server-only";
import type { IgnitionStatus } from "@/generated/prisma/enums";
import { env } from "../env";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whether a borrower's Ignition link can still be sent. Axle documents that Ignition sessions never expire,
 * but one that errored or completed without a connection is spent, and a lender's Axle client may be set up
 * differently: links older than IGNITION_LINK_REISSUE_DAYS are replaced too. A session the borrower left
 * (exited) is still good: opening it again starts over.
 */
export function usableSession<Session extends { status: IgnitionStatus; createdAt: Date }>(
  session: Session | undefined,
  now: Date,
): Session | null {
  if (!session) return null;
  if (session.status === "ERRORED" || session.status === "COMPLETED") return null;
  if (now.getTime() - session.createdAt.getTime() > env.IGNITION_LINK_REISSUE_DAYS * dayMs) return null;
  return session;
}
