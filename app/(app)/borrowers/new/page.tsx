import type { Metadata } from "next";
import { NewBorrowerForm } from "@/components/borrowers/new-borrower-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "New borrower · Borrowers" };

export default async function NewBorrowerPage() {
  await requirePagePermission("ignition.start");
  return (
    <div className="max-w-2xl">
      <PageHeader
        breadcrumbs={[{ label: "Borrowers", href: "/borrowers" }, { label: "New borrower" }]}
        title="New borrower"
        description="Register the borrower and start an Axle Ignition session: you get a link for them to connect their insurance."
      />
      <NewBorrowerForm />
    </div>
  );
}
