import "server-only";
import { z } from "zod";
import { createId } from "@/lib/ids";
import { normalizeVin } from "@/lib/requirements/normalize/vin";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { axle } from "../axle/axle-client";
import { db, type Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { recordInviteIn } from "../onboarding/record-invite";
import { settleBorrowerIn } from "../requirements/evaluate-borrower";
import { callbackState } from "./callback-state";

export const newBorrowerSchema = z.object({
  firstName: z.string().trim().min(1, "First name is required").max(100),
  lastName: z.string().trim().min(1, "Last name is required").max(100),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  loanReference: z.string().trim().min(1, "Loan reference is required").max(100),
  lenderName: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  vin: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => (value ? normalizeVin(value) : undefined))
    .refine((value) => value === undefined || value.length === 17, "A VIN has 17 characters"),
});
export type NewBorrower = z.input<typeof newBorrowerSchema>;

/**
 * Registers a borrower and starts their first Ignition session, and with `invite` emails them the invitation in
 * the same transaction. Axle is called before anything is written, so a refused call leaves no half-created
 * borrower behind.
 */
export async function startIgnitionForNewBorrower(
  raw: NewBorrower,
  actor: CurrentUser,
  { invite = false }: { invite?: boolean } = {},
) {
  const input = newBorrowerSchema.parse(raw);
  const taken = await db.borrower.findUnique({
    where: { loanReference: input.loanReference },
    select: { id: true },
  });
  if (taken)
    throw new AppError("conflict", `Loan reference ${input.loanReference} already belongs to a borrower.`);
  const borrowerId = createId();
  const session = await requestIgnition({ id: borrowerId, ...input });
  await db.$transaction(async (tx) => {
    const { vin, ...fields } = input;
    await tx.borrower.create({
      data: { id: borrowerId, ...fields, ...(vin ? { vehicles: { create: { vin } } } : {}) },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "borrower.created",
      targetType: "Borrower",
      targetId: borrowerId,
      details: { loanReference: input.loanReference },
    });
    await saveSession(tx, { session, borrowerId, actor });
    if (invite) {
      const borrower = {
        id: borrowerId,
        ...fields,
        lenderName: fields.lenderName ?? null,
        emailOptedOutAt: null,
      };
      await recordInviteIn(tx, { borrower, ignitionSessionId: session.id, step: 0, actor });
    }
    // Its search text and reasons ("No completed Ignition") from the start, and the invite's clock.
    await settleBorrowerIn(tx, borrowerId);
  });
  return { borrowerId, ignitionSessionId: session.id };
}

/** A new Ignition session for a known borrower, e.g. to reconnect after a disconnection. */
export async function startIgnitionForBorrower(borrowerId: string, actor: CurrentUser | null) {
  const borrower = await db.borrower.findUnique({ where: { id: borrowerId } });
  if (!borrower) throw new AppError("not_found", "Borrower not found.");
  const session = await requestIgnition(borrower);
  await db.$transaction(async (tx) => {
    await saveSession(tx, { session, borrowerId, actor });
    // The first link made for an imported borrower is their invite: the connect-by rule's clock starts.
    await settleBorrowerIn(tx, borrowerId);
  });
  return { borrowerId, ignitionSessionId: session.id };
}

type SessionToSave = {
  session: Awaited<ReturnType<typeof requestIgnition>>;
  borrowerId: string;
  /** null when Coverwatch starts it by itself (automatic outreach). */
  actor: CurrentUser | null;
};

/** Records a session Axle started, with its audit row, inside the caller's transaction. */
export async function saveSession(tx: Tx, { session, borrowerId, actor }: SessionToSave) {
  await tx.ignitionSession.create({ data: { ...session, borrowerId, startedById: actor?.id ?? null } });
  await recordAudit(tx, {
    actor: actor ? userActor(actor) : "system",
    action: "ignition.started",
    targetType: "Borrower",
    targetId: borrowerId,
    details: { ignitionSessionId: session.id },
  });
}

/** Asks Axle for a new Ignition session for this borrower; nothing is recorded here (see saveSession). */
export async function requestIgnition(borrower: {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}) {
  // Axle does not echo our user id on the redirect: our session id in the redirectUri ties it back, and a
  // signature of it (the state) proves the redirect is the one we gave Axle (callback-state.ts).
  const id = createId();
  const redirectUri = new URL("/connect/callback", env.APP_URL);
  redirectUri.searchParams.set("session", id);
  redirectUri.searchParams.set("state", callbackState(id));
  const started = await axle.startIgnition({
    redirectUri: redirectUri.toString(),
    webhookUri: new URL("/api/webhooks/axle", env.APP_URL).toString(),
    user: {
      id: borrower.id,
      firstName: borrower.firstName,
      lastName: borrower.lastName,
      email: borrower.email,
    },
  });
  return { id, token: started.ignitionToken, uri: started.ignitionUri };
}
