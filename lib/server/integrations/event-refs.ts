import "server-only";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { Tx } from "../db";
import { borrowerRef } from "./emit-event";

// What the events say about a violation and a connection, read inside the change's transaction.

/** A violation as the `violation.*` events describe it, with its borrower. */
export async function violationEventData(tx: Tx, violationId: string) {
  const violation = await tx.violation.findUniqueOrThrow({
    where: { id: violationId },
    select: {
      id: true,
      borrowerId: true,
      policyId: true,
      ruleKey: true,
      severity: true,
      outcome: true,
      message: true,
    },
  });
  const { borrowerId, ...rest } = violation;
  return {
    borrower: await borrowerRef(tx, borrowerId),
    violation: {
      ...rest,
      rule: ruleTitle(rest.ruleKey),
      outcome: rest.outcome === "CAUTION" ? ("CAUTION" as const) : ("FAIL" as const),
    },
  };
}

/** A connection as the `connection.*` and `borrower.connected` events describe it: its carrier when known. */
export async function connectionEventData(tx: Tx, connectionId: string) {
  const connection = await tx.axleConnection.findUniqueOrThrow({
    where: { id: connectionId },
    select: {
      id: true,
      borrowerId: true,
      connectionStatus: true,
      account: { select: { carrier: true } },
      policies: { select: { carrier: true }, take: 1, orderBy: { id: "asc" } },
    },
  });
  return {
    borrower: await borrowerRef(tx, connection.borrowerId),
    connection: {
      id: connection.id,
      status: connection.connectionStatus,
      carrier: connection.account?.carrier ?? connection.policies[0]?.carrier ?? null,
    },
  };
}
