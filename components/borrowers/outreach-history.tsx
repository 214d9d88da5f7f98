import { Badge } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

const deliveries = {
  SENT: { label: "Sent", variant: "success" },
  OUTBOX: { label: "In outbox", variant: "info" },
  FAILED: { label: "Failed", variant: "danger" },
} as const;

function sentenceCase(slug: string) {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every request to reconnect and reminder: when, to whom, why, and whether it went out. */
export function OutreachHistory({ outreach }: { outreach: BorrowerDetail["outreach"] }) {
  if (outreach.length === 0)
    return <p className="text-sm text-muted-foreground">No emails sent to the borrower yet.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {outreach.map((entry) => {
        const delivery = deliveries[entry.email.status];
        return (
          <li key={entry.id} className="grid gap-0.5" data-testid="outreach-entry">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">
                {entry.reminderNumber > 0 ? `Reminder ${entry.reminderNumber}` : "Request"} to{" "}
                {entry.email.to}
              </span>
              <Badge variant={delivery.variant} testId="outreach-delivery">
                {delivery.label}
              </Badge>
            </div>
            <div className="text-xs text-muted-foreground">
              <span data-testid="outreach-reason">{sentenceCase(entry.reason)}</span> ·{" "}
              {utcStamp(entry.createdAt)}
              {entry.requestedBy ? ` · by ${entry.requestedBy.name}` : " · sent automatically"}
            </div>
            {entry.email.status === "FAILED" && entry.email.error && (
              <div className="text-xs text-destructive">{entry.email.error}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
