import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";

/** A user; Coverwatch itself; or the borrower, acting from a link in an email (an opt-out). */
export type AuditActor = { id: string; label: string } | "system" | "borrower";

/** A signed-in user as the actor of an audit row. */
export function userActor(user: { id: string; email: string }): AuditActor {
  return { id: user.id, label: user.email };
}

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId: string;
  details?: Prisma.InputJsonObject;
};

/** Appends one row to the audit log, inside the caller's transaction so the change and its record agree. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  const actor = typeof entry.actor === "string" ? { id: null, label: entry.actor } : entry.actor;
  return tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ?? {},
    },
  });
}
