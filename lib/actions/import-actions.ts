"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { importTooLarge, maxImportBytes } from "@/lib/import/import-limits";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import {
  type ImportPreview,
  importBorrowers,
  previewBorrowerImport,
} from "@/lib/server/borrowers/import-borrowers";
import { AppError } from "@/lib/server/errors";

export type ImportState = ActionState & { preview?: Omit<ImportPreview, "rows"> & { rows: number } };

function csvFrom(form: FormData): string {
  const text = String(form.get("csv") ?? "");
  if (new TextEncoder().encode(text).length > maxImportBytes)
    throw new AppError("payload_too_large", importTooLarge);
  return text;
}

export async function previewImportAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  try {
    await requireActionPermission("borrowers.import");
    const preview = await previewBorrowerImport(csvFrom(form));
    return { preview: { ...preview, rows: preview.rows.length } };
  } catch (error) {
    return actionError(error);
  }
}

export async function importBorrowersAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  try {
    const imported = await importBorrowers({
      text: csvFrom(form),
      actor: await requireActionPermission("borrowers.import"),
      invite: form.get("invite") === "on",
    });
    revalidatePath("/");
    const invited = imported.invitationsId
      ? " Their invitations are being sent: the Borrowers page shows the progress."
      : "";
    return {
      notice: `Imported ${imported.borrowers} borrower(s) and ${imported.vehicles} vehicle(s).${invited}`,
    };
  } catch (error) {
    return actionError(error);
  }
}
