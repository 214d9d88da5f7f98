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
          connections: { where: { isMonitoring: true }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  if (!session) return { state: "invalid" };
  const { borrower } = session;
  if (borrower.connections.length > 0) return { state: "connected", lenderName: borrower.lenderName };
  if (session.status === "COMPLETED" || session.status === "ERRORED")
    return { state: "spent", lenderName: borrower.lenderName };
  return {
    state: "ready",
    lenderName: borrower.lenderName,
    firstName: borrower.firstName,
    ignitionUri: session.uri,
  };
}
