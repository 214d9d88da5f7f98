import type { Metadata } from "next";
import { ImportForm } from "@/components/borrowers/import-form";
import { importColumns } from "@/lib/import/borrower-import";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Import borrowers" };

export default async function ImportBorrowersPage() {
  await requirePagePermission("borrowers.import");
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Import borrowers and collateral</h1>
      <p className="text-slate-600">
        One row per vehicle; repeat the loan reference for a borrower's second vehicle. Columns:{" "}
        <code>{importColumns.join(", ")}</code>.{" "}
        <a
          href="/api/borrowers/import-template"
          className="text-blue-800 underline"
          data-testid="import-template"
        >
          Download the template
        </a>
        .
      </p>
      <ImportForm />
    </section>
  );
}
