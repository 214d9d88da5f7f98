import type { Metadata } from "next";
import { BorrowerPageShell } from "@/components/connect/borrower-page-shell";
import { ActionForm } from "@/components/ui/action-form";
import { optOutAction } from "@/lib/actions/opt-out-actions";
import { formatDate } from "@/lib/format-human";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { readOptOut } from "@/lib/server/onboarding/opt-out";

export const metadata: Metadata = {
  title: { absolute: "Stop emails" },
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/**
 * The opt-out link of every borrower email. Opening it changes nothing (mail scanners open links); the button
 * does, in one click. Mail clients that support it skip the page (List-Unsubscribe, app/api/unsubscribe).
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const borrowerId = firstParam(params.b) ?? "";
  const signature = firstParam(params.t) ?? "";
  const page = await readOptOut(borrowerId, signature);
  if (page.state === "invalid")
    return (
      <BorrowerPageShell lenderName={null} title="This link is not valid">
        <p className="text-muted-foreground" data-testid="opt-out-invalid">
          Its address may have been cut off when it was copied. Use the link in the email again, or ask your
          lender to stop the emails.
        </p>
      </BorrowerPageShell>
    );
  const lender = page.lenderName ?? "your lender";
  if (page.state === "done")
    return (
      <BorrowerPageShell lenderName={page.lenderName} title="You will not receive more emails">
        <p className="text-muted-foreground" data-testid="opt-out-done">
          You opted out on {formatDate(page.optedOutAt as Date)}. Your loan's insurance requirements still
          apply; to hear from us by email again, ask {lender}.
        </p>
      </BorrowerPageShell>
    );
  return (
    <BorrowerPageShell
      lenderName={page.lenderName}
      title="Stop emails about your insurance?"
      description={`You will no longer receive invitations or reminders from ${lender} through Coverwatch.`}
    >
      <p className="text-muted-foreground">
        Your loan's insurance requirements still apply: {lender} may contact you in other ways.
      </p>
      <ActionForm
        action={optOutAction.bind(null, borrowerId, signature)}
        label="Stop the emails"
        pendingLabel="Saving…"
        variant="default"
        testId="opt-out-confirm"
      />
    </BorrowerPageShell>
  );
}
