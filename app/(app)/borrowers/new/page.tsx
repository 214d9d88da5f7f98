import type { Metadata } from "next";
import { NewBorrowerForm } from "@/components/borrowers/new-borrower-form";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "New borrower" };

export default async function NewBorrowerPage() {
  await requirePagePermission("ignition.start");
  return (
    <section className="max-w-lg">
      <h1 className="text-2xl font-semibold">New borrower</h1>
      <p className="mt-1 mb-6 text-slate-600">
        Start an Axle Ignition session: you get a link for the borrower to connect their insurance.
      </p>
      <NewBorrowerForm />
    </section>
  );
}
