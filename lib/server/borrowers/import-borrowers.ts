import "server-only";
import { bulkRecordingLimits } from "@/lib/db-transaction-limits";
import { type ParsedImport, parseBorrowerImport } from "@/lib/import/borrower-import";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { recordBulkAction } from "../bulk/start-bulk-action";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db } from "../db";
import { AppError } from "../errors";

export type ImportPreview = ParsedImport & { borrowers: number; vehicles: number };

/** The file's own checks, then the database's: loan references already taken, profiles that do not exist. */
export async function previewBorrowerImport(text: string): Promise<ImportPreview> {
  const parsed = parseBorrowerImport(text);
  const references = [...new Set(parsed.rows.map((row) => row.loan_reference))];
  const [taken, profiles] = await Promise.all([
    db.borrower.findMany({ where: { loanReference: { in: references } }, select: { loanReference: true } }),
    db.requirementProfile.findMany({ where: { retiredAt: null }, select: { name: true } }),
  ]);
  const takenReferences = new Set(taken.map((borrower) => borrower.loanReference));
  const profileNames = new Set(profiles.map((profile) => profile.name.toLowerCase()));
  const errors = [...parsed.errors];
  for (const row of parsed.rows) {
    if (takenReferences.has(row.loan_reference))
      errors.push({ line: row.line, message: `loan_reference ${row.loan_reference} already exists` });
    if (row.profile && !profileNames.has(row.profile.toLowerCase()))
      errors.push({ line: row.line, message: `no active profile named "${row.profile}"` });
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    ...parsed,
    errors,
    borrowers: references.length,
    vehicles: parsed.rows.filter((row) => row.vin).length,
  };
}

/**
 * All or nothing: one problem anywhere and nothing is written; otherwise every borrower in one transaction.
 * With `invite`, that transaction also records the invitations as a bulk action, whose job emails each borrower
 * (one Ignition link each, from Axle): the file is imported at once however long the sending takes.
 */
export async function importBorrowers({
  text,
  actor,
  invite = false,
}: {
  text: string;
  actor: CurrentUser;
  invite?: boolean;
}) {
  const preview = await previewBorrowerImport(text);
  if (preview.errors.length > 0)
    throw new AppError(
      "bad_request",
      `The file has ${preview.errors.length} problem(s); nothing was imported.`,
    );
  const profiles = await db.requirementProfile.findMany({
    where: { retiredAt: null },
    select: { id: true, name: true, isDefault: true },
  });
  const profileId = (name: string | undefined) => {
    const profile = name
      ? profiles.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
      : undefined;
    return profile && !profile.isDefault ? profile.id : null;
  };

  const byReference = new Map<string, typeof preview.rows>();
  for (const row of preview.rows)
    byReference.set(row.loan_reference, [...(byReference.get(row.loan_reference) ?? []), row]);
  const invitations = await db.$transaction(async (tx) => {
    const borrowerIds: string[] = [];
    for (const [loanReference, rows] of byReference) {
      const [first] = rows as [(typeof rows)[number]];
      const borrower = await tx.borrower.create({
        data: {
          firstName: first.first_name,
          lastName: first.last_name,
          email: first.email,
          phone: first.phone,
          loanReference,
          lenderName: first.lender_name,
          requirementProfileId: profileId(first.profile),
          vehicles: {
            create: rows
              .filter((row) => row.vin)
              .map((row) => ({
                vin: row.vin as string,
                year: row.vehicle_year,
                make: row.vehicle_make,
                model: row.vehicle_model,
              })),
          },
        },
      });
      await recordAudit(tx, {
        actor: userActor(actor),
        action: "borrower.imported",
        targetType: "Borrower",
        targetId: borrower.id,
        details: { loanReference },
      });
      borrowerIds.push(borrower.id);
    }
    // One set-based refresh for the whole file, not one per row.
    await refreshComplianceStatus(tx, borrowerIds);
    return invite
      ? recordBulkAction(tx, { kind: "invite", target: { borrowerIds }, input: {}, actor })
      : null;
  }, bulkRecordingLimits);
  return { borrowers: preview.borrowers, vehicles: preview.vehicles, invitationsId: invitations?.id ?? null };
}
