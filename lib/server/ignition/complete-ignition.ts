import "server-only";
import { syncAccount } from "../accounts/sync-account";
import { recordAudit } from "../audit/record-audit";
import { axle } from "../axle/axle-client";
import { AxleError } from "../axle/axle-errors";
import { encryptToken, tokenDigest } from "../crypto/token-cipher";
import { db } from "../db";
import { borrowerRef, emitEvent } from "../integrations/emit-event";
import { log } from "../log";
import { syncPolicy } from "../policies/sync-policy";
import { settleBorrowerIn } from "../requirements/evaluate-borrower";

export type IgnitionOutcome = "connected" | "already-completed" | "unknown-session" | "failed";

/**
 * Handles the `complete` redirect: exchanges the one-time authCode on the server, stores the access token
 * encrypted, then fetches and snapshots the account and its policies. The session is claimed first, so a
 * reloaded redirect cannot exchange twice. A session the borrower left or that errored can still complete
 * (they may come back through the same link); an exchange Axle refuses (a made-up code) hands the session back
 * as it was, so the borrower's real completion, or Axle's `ignition.completed`, still goes through.
 */
export async function completeIgnition(
  completion: {
    sessionId: string;
    authCode: string;
    /** `link`, `manual` or `proxy` (older: `basic`), as the redirect reported it. */
    result: string;
  },
  { mayClaimAgain = true } = {},
): Promise<IgnitionOutcome> {
  const { sessionId, authCode, result } = completion;
  const before = await db.ignitionSession.findUnique({
    where: { id: sessionId },
    select: { status: true, message: true },
  });
  if (!before) return "unknown-session";
  // Claimed from the status just read: a concurrent claim, or a change in between, makes this one lose.
  const claimed =
    before.status === "COMPLETED"
      ? { count: 0 }
      : await db.ignitionSession.updateMany({
          where: { id: sessionId, status: before.status },
          data: { status: "COMPLETED", result, completedAt: new Date() },
        });
  if (claimed.count === 0) {
    const other = await outcomeOfOtherExchange(sessionId);
    // The other exchange was refused and handed the session back: this code may be the real one.
    if (other === "handed-back")
      return mayClaimAgain ? completeIgnition(completion, { mayClaimAgain: false }) : "failed";
    return other;
  }

  const session = await db.ignitionSession.findUniqueOrThrow({ where: { id: sessionId } });
  let exchange: Awaited<ReturnType<typeof axle.exchangeToken>>;
  try {
    exchange = await axle.exchangeToken(authCode);
  } catch (error) {
    const message = error instanceof AxleError ? error.message : "The exchange with Axle failed.";
    await db.ignitionSession.updateMany({
      where: { id: sessionId, status: "COMPLETED" },
      data: {
        status: before.status,
        result: null,
        completedAt: null,
        message: `An attempt to finish the connection failed: ${message}`,
      },
    });
    log.warn("ignition exchange failed", { ignitionSessionId: sessionId, err: error as Error });
    return "failed";
  }

  const connection = await db.$transaction(async (tx) => {
    const existing = await tx.axleConnection.findUnique({ where: { accountId: exchange.account } });
    const tokenFields = {
      accessTokenEncrypted: encryptToken(exchange.accessToken),
      accessTokenDigest: tokenDigest(exchange.accessToken),
    };
    // Relinking the same carrier account returns the same token and resumes monitoring (§4).
    const saved = existing
      ? await tx.axleConnection.update({
          where: { id: existing.id },
          data: {
            ...tokenFields,
            ignitionSessionId: sessionId,
            policyIds: [...new Set([...existing.policyIds, ...exchange.policies])],
            isMonitoring: true,
            connectionStatus: "active",
            disconnectedAt: null,
            descopedAt: null,
            descopedById: null,
          },
        })
      : await tx.axleConnection.create({
          data: {
            ...tokenFields,
            borrowerId: session.borrowerId,
            ignitionSessionId: sessionId,
            accountId: exchange.account,
            policyIds: exchange.policies,
          },
        });
    await recordAudit(tx, {
      actor: "system",
      action: existing ? "connection.relinked" : "connection.linked",
      targetType: "AxleConnection",
      targetId: saved.id,
      details: { borrowerId: session.borrowerId, accountId: exchange.account, policyIds: exchange.policies },
    });
    if (!existing)
      await emitEvent(tx, "borrower.connected", {
        borrower: await borrowerRef(tx, saved.borrowerId),
        connection: { id: saved.id, carrier: null },
      });
    // Connected (or monitored again after a descope), with no policy data until the fetch below.
    await settleBorrowerIn(tx, saved.borrowerId);
    return saved;
  });

  // The token is stored: the borrower is connected even if this first fetch fails; the next event or a
  // re-sync fetches again.
  try {
    await syncAccount({ connectionId: connection.id, source: "EXCHANGE" });
    for (const policyId of exchange.policies)
      await syncPolicy({ connectionId: connection.id, policyId, source: "EXCHANGE" });
  } catch (error) {
    log.error("first fetch after exchange failed", {
      connectionId: connection.id,
      err: error as Error,
    });
  }
  return "connected";
}

const otherExchangeWaitMs = 10_000;

/**
 * The session was claimed already: by an earlier redirect (a reload), or by the `ignition.completed` webhook's
 * fallback exchange, which can run at the very moment the borrower's browser comes back. Rather than tell the
 * borrower "already used" while their connection is being made, wait (a few seconds at most) for that exchange
 * to store the connection and fetch its policies, and report how it ended.
 */
async function outcomeOfOtherExchange(sessionId: string): Promise<IgnitionOutcome | "handed-back"> {
  const deadline = Date.now() + otherExchangeWaitMs;
  for (;;) {
    const session = await db.ignitionSession.findUnique({
      where: { id: sessionId },
      select: {
        status: true,
        connections: { select: { policyIds: true, _count: { select: { policies: true } } } },
      },
    });
    if (!session) return "unknown-session";
    const isFetched = session.connections.some(
      (connection) => connection._count.policies >= connection.policyIds.length,
    );
    if (session.status === "COMPLETED" && isFetched) return "connected";
    if (session.status !== "COMPLETED") return session.connections.length > 0 ? "connected" : "handed-back";
    if (Date.now() > deadline) return session.connections.length > 0 ? "connected" : "already-completed";
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The `exit` and `error` redirects: record where and why the borrower stopped. */
export async function recordIgnitionEnd(
  sessionId: string,
  end: { status: "exit"; step: string } | { status: "error"; message: string },
) {
  await db.ignitionSession.updateMany({
    where: { id: sessionId, status: { in: ["CREATED", "OPENED"] } },
    data:
      end.status === "exit"
        ? { status: "EXITED", exitStep: end.step }
        : { status: "ERRORED", message: end.message },
  });
}
