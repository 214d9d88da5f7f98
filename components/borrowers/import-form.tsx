"use client";

import { CircleAlert, FileCheck2, Loader2, TriangleAlert, Upload } from "lucide-react";
import Link from "next/link";
import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { type ImportState, importBorrowersAction, previewImportAction } from "@/lib/actions/import-actions";
import { formatCount } from "@/lib/format-human";
import { importTooLarge, maxImportBytes } from "@/lib/import/import-limits";

const plural = (count: number, word: string) => `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;

/** Pick a CSV, check it (nothing is written), then import it whole. */
export function ImportForm({ columns }: { columns: readonly string[] }) {
  const fileId = useId();
  const [csv, setCsv] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, check, isChecking] = useActionState<ImportState, FormData>(previewImportAction, {});
  const [imported, runImport, isImporting] = useActionState<ImportState, FormData>(importBorrowersAction, {});
  const preview = checked.preview;
  const canImport = Boolean(preview && preview.errors.length === 0 && preview.rows > 0 && !imported.notice);

  useEffect(() => {
    if (checked.error) toast.error(checked.error);
    else if (checked.preview?.errors.length) toast.error("The file has problems: nothing was imported.");
  }, [checked]);
  useEffect(() => {
    if (imported.error) toast.error(imported.error);
    else if (imported.notice) toast.success(imported.notice);
  }, [imported]);

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Check the file</CardTitle>
          <CardDescription>
            Columns: <code className="break-words text-xs">{columns.join(", ")}</code>
          </CardDescription>
        </CardHeader>
        <form action={check}>
          <CardContent className="grid gap-1.5">
            <label htmlFor={fileId} className="text-sm font-medium">
              CSV file
            </label>
            <Input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              className="cursor-pointer"
              data-testid="import-file"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                // Said here, before the upload, rather than by a server that refuses a body too large.
                const isTooLarge = (file?.size ?? 0) > maxImportBytes;
                setFileError(isTooLarge ? importTooLarge : null);
                setCsv(file && !isTooLarge ? await file.text() : "");
              }}
            />
            <input type="hidden" name="csv" value={csv} />
            {(fileError ?? checked.error) && (
              <p role="alert" className="text-sm text-destructive" data-testid="import-file-error">
                {fileError ?? checked.error}
              </p>
            )}
          </CardContent>
          <CardFooter>
            <Button type="submit" variant="outline" disabled={!csv || isChecking} data-testid="import-check">
              {isChecking ? <Loader2 aria-hidden className="animate-spin" /> : <FileCheck2 aria-hidden />}
              {isChecking ? "Checking…" : "Check the file"}
            </Button>
            <span className="text-sm text-muted-foreground">Nothing is written while checking.</span>
          </CardFooter>
        </form>
      </Card>

      {preview && (
        <Card data-testid="import-preview" aria-live="polite">
          <CardHeader>
            <CardTitle>2. Import</CardTitle>
            <CardDescription className="text-foreground">
              {plural(preview.borrowers, "borrower")}, {plural(preview.vehicles, "vehicle")} in{" "}
              {plural(preview.rows, "valid row")}.{" "}
              {preview.errors.length > 0 ? (
                <strong className="text-destructive">
                  {plural(preview.errors.length, "problem")}: fix the file and check it again. Nothing is
                  written until every row is right.
                </strong>
              ) : (
                "No problems."
              )}
            </CardDescription>
          </CardHeader>
          {preview.errors.length + preview.warnings.length > 0 && (
            <CardContent>
              <ul className="grid gap-1.5 text-sm">
                {[
                  ...preview.errors.map((problem) => ({ ...problem, kind: "error" as const })),
                  ...preview.warnings.map((problem) => ({ ...problem, kind: "warning" as const })),
                ].map((problem) => (
                  <li
                    key={`${problem.kind}-${problem.line}-${problem.message}`}
                    className={
                      problem.kind === "error"
                        ? "flex items-start gap-2 text-destructive"
                        : "flex items-start gap-2 text-warning-foreground"
                    }
                  >
                    {problem.kind === "error" ? (
                      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                    ) : (
                      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                    )}
                    <span data-testid={`import-${problem.kind}`}>
                      Line {problem.line}: {problem.message}
                    </span>
                  </li>
                ))}
              </ul>
            </CardContent>
          )}
          {(canImport || imported.error || imported.notice) && (
            <CardFooter>
              {canImport && (
                <form action={runImport} className="flex flex-wrap items-center gap-4">
                  <input type="hidden" name="csv" value={csv} />
                  <span className="flex items-center gap-2 text-sm">
                    <Checkbox
                      id={`${fileId}-invite`}
                      name="invite"
                      defaultChecked
                      data-testid="import-invite"
                    />
                    <label htmlFor={`${fileId}-invite`} className="cursor-pointer">
                      Email each borrower an invitation to connect
                    </label>
                  </span>
                  <Button type="submit" disabled={isImporting} data-testid="import-submit">
                    {isImporting ? <Loader2 aria-hidden className="animate-spin" /> : <Upload aria-hidden />}
                    {isImporting ? "Importing…" : `Import ${plural(preview.borrowers, "borrower")}`}
                  </Button>
                </form>
              )}
              {imported.error && (
                <p role="alert" className="text-sm text-destructive">
                  {imported.error}
                </p>
              )}
              {imported.notice && (
                <p className="text-sm text-success-foreground">
                  <span data-testid="import-done">{imported.notice}</span>{" "}
                  <Link href="/borrowers" className="font-medium underline underline-offset-4">
                    See them in Borrowers
                  </Link>
                </p>
              )}
            </CardFooter>
          )}
        </Card>
      )}
    </div>
  );
}
