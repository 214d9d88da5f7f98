import { OutreachHistory } from "@/components/borrowers/outreach-history";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listBorrowerOutreach } from "@/lib/server/borrowers/list-borrower-outreach";

export default async function BorrowerOutreachPage({ params }: { params: Promise<{ borrowerId: string }> }) {
  await requirePagePermission("borrowers.read");
  const outreach = await listBorrowerOutreach((await params).borrowerId);
  return (
    <section aria-labelledby="outreach-heading" className="flex flex-col gap-3">
      <h2 id="outreach-heading" className="text-base font-semibold">
        Emails to the borrower
      </h2>
      <OutreachHistory outreach={outreach} />
    </section>
  );
}
