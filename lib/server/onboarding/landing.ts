import "server-only";
import { db } from "../db";
import { isLandingSignature } from "./borrower-links";

export type Landing =
  | { state: "invalid" }
  | { state: "connected"; lenderName: string | null }
  | { state: "spent"; lenderName: string | null }
  | { state: "ready"; lenderName: string | null; firstName: string; ignitionUri: string };

/**
 * What the invitation's link leads to, read from its signed session id: the hand-off to Ignition, or why not.
 * Shows the borrower's first name and lender only: the link may be forwarded, and nothing else is needed.
 */
export async function readLanding(sessionId: string, signature: unknown): Promise<Landing> {
  if (!sessionId || !isLandingSignature(signature, sessionId)) return { state: "invalid" };
  const session = await db.ignitionSession.findUnique({
    where: { id: sessionId },
    select: {
      uri: true,
      status: true,
      borrower: {
        select: {
          firstName: true,
          lenderName: true,
          connections: {
            where: { isMonitoring: true, connectionStatus: "active" },
            select: { id: true },
            take: 1,
          },
        },
      },
    },
  });
  if (!session) return { state: "invalid" };
  const { borrower } = session;
  // A link already used: say whether it connected them. A request to reconnect goes to a borrower whose old
  // connection still exists (broken), so only this session's own outcome counts.
  if (session.status === "COMPLETED")
    return borrower.connections.length > 0
      ? { state: "connected", lenderName: borrower.lenderName }
      : { state: "spent", lenderName: borrower.lenderName };
  if (session.status === "ERRORED") return { state: "spent", lenderName: borrower.lenderName };
  return {
    state: "ready",
    lenderName: borrower.lenderName,
    firstName: borrower.firstName,
    ignitionUri: session.uri,
  };
}
