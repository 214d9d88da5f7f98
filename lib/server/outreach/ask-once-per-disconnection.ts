import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { requestReconnect } from "./request-reconnect";

export type DisconnectionOutreach =
  | "asked"
  | "already-asked"
  | "not-disconnected"
  | "not-wanted"
  | "opted-out";

/**
 * Automatic outreach when a connection goes down, if the borrower's profile wants it. It is keyed on the
 * disconnection itself (the connection and when it went down), never on what an event changed: a retried or
 * replayed event asks when no request answers this disconnection yet, and never asks twice. The unique key
 * on Outreach holds even when two workers race.
 */
export async function askOncePerDisconnection(connectionId: string): Promise<DisconnectionOutreach> {
  const connection = await db.axleConnection.findUnique({
    where: { id: connectionId },
    select: {
      borrowerId: true,
      disconnectedAt: true,
      isMonitoring: true,
      borrower: { select: { emailOptedOutAt: true } },
    },
  });
  if (!connection?.disconnectedAt || !connection.isMonitoring) return "not-disconnected";
  if (connection.borrower.emailOptedOutAt) return "opted-out";
  if (!(await wantsAutoOutreach(connection.borrowerId))) return "not-wanted";
  const answering = { connectionId, disconnectedAt: connection.disconnectedAt };
  const asked = await db.outreach.findUnique({
    where: { connectionId_disconnectedAt: answering },
    select: { id: true },
  });
  if (asked) return "already-asked";
  try {
    await requestReconnect({ borrowerId: connection.borrowerId, actor: null, answering });
    return "asked";
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return "already-asked";
    throw error;
  }
}

async function wantsAutoOutreach(borrowerId: string): Promise<boolean> {
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: { requirementProfile: { select: { autoOutreach: true } } },
  });
  if (borrower?.requirementProfile) return borrower.requirementProfile.autoOutreach;
  const fallback = await db.requirementProfile.findFirst({
    where: { isDefault: true, retiredAt: null },
    select: { autoOutreach: true },
  });
  return fallback?.autoOutreach ?? false;
}
