import { Download } from "lucide-react";
import type { Metadata } from "next";
import { ImportForm } from "@/components/borrowers/import-form";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { importColumns } from "@/lib/import/borrower-import";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Import · Borrowers" };

export default async function ImportBorrowersPage() {
  await requirePagePermission("borrowers.import");
  return (
    <div className="max-w-3xl">
      <PageHeader
        breadcrumbs={[{ label: "Borrowers", href: "/borrowers" }, { label: "Import" }]}
        title="Import borrowers and collateral"
        description="One row per vehicle; repeat the loan reference for a borrower's second vehicle. The file is checked first, and nothing is written until every row is right."
        actions={
          <Button variant="outline" size="sm" asChild>
            <a href="/api/borrowers/import-template" data-testid="import-template">
              <Download aria-hidden /> Download the template
            </a>
          </Button>
        }
      />
      <ImportForm columns={importColumns} />
    </div>
  );
}
