"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { type ImportState, importBorrowersAction, previewImportAction } from "@/lib/actions/import-actions";

/** Pick a CSV, check it (nothing is written), then import it whole. */
export function ImportForm() {
  const [csv, setCsv] = useState("");
  const [checked, check, isChecking] = useActionState<ImportState, FormData>(previewImportAction, {});
  const [imported, runImport, isImporting] = useActionState<ImportState, FormData>(importBorrowersAction, {});
  const preview = checked.preview;
  const canImport = Boolean(preview && preview.errors.length === 0 && preview.rows > 0 && !imported.notice);

  return (
    <div className="space-y-4">
      <form action={check} className="space-y-3 rounded-xl bg-white p-6 shadow">
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="import-file"
          onChange={async (event) => setCsv((await event.target.files?.[0]?.text()) ?? "")}
        />
        <input type="hidden" name="csv" value={csv} />
        <Button type="submit" variant="secondary" disabled={!csv || isChecking} data-testid="import-check">
          {isChecking ? "Checking…" : "Check the file"}
        </Button>
        {checked.error && <p className="text-sm text-red-700">{checked.error}</p>}
      </form>

      {preview && (
        <section className="space-y-2 rounded-xl bg-white p-6 text-sm shadow" data-testid="import-preview">
          <p>
            {preview.borrowers} borrower(s), {preview.vehicles} vehicle(s) in {preview.rows} valid row(s).{" "}
            {preview.errors.length > 0 ? (
              <strong className="text-red-700">
                {preview.errors.length} problem(s): fix the file and check it again. Nothing is written until
                every row is right.
              </strong>
            ) : (
              "No problems."
            )}
          </p>
          {[
            ...preview.errors.map((problem) => ({ ...problem, kind: "error" })),
            ...preview.warnings.map((problem) => ({ ...problem, kind: "warning" })),
          ].map((problem) => (
            <p
              key={`${problem.kind}-${problem.line}-${problem.message}`}
              className={problem.kind === "error" ? "text-red-700" : "text-amber-800"}
              data-testid={`import-${problem.kind}`}
            >
              Line {problem.line}: {problem.message}
            </p>
          ))}
          {canImport && (
            <form action={runImport}>
              <input type="hidden" name="csv" value={csv} />
              <Button type="submit" disabled={isImporting} data-testid="import-submit">
                {isImporting ? "Importing…" : `Import ${preview.borrowers} borrower(s)`}
              </Button>
            </form>
          )}
          {imported.error && <p className="text-red-700">{imported.error}</p>}
          {imported.notice && (
            <p className="text-green-800" data-testid="import-done">
              {imported.notice}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
