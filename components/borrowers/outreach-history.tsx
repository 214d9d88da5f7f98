import { Badge } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

const tones = { SENT: "green", OUTBOX: "blue", FAILED: "red" } as const;

/** Every request to reconnect and reminder: when, to whom, why, and whether it went out. */
export function OutreachHistory({ outreach }: { outreach: BorrowerDetail["outreach"] }) {
  if (outreach.length === 0) return <p className="mt-3 text-sm text-slate-500">No requests sent yet.</p>;
  return (
    <ul className="mt-3 space-y-1 text-sm">
      {outreach.map((entry) => (
        <li key={entry.id} data-testid="outreach-entry">
          {utcStamp(entry.createdAt)} ·{" "}
          {entry.reminderNumber > 0 ? `reminder ${entry.reminderNumber}` : "request"} to {entry.email.to} ·{" "}
          {entry.reason.replaceAll("-", " ")} ·{" "}
          <Badge tone={tones[entry.email.status]}>
            {entry.email.status === "OUTBOX" ? "in outbox" : entry.email.status.toLowerCase()}
          </Badge>
          {entry.requestedBy && <span className="text-slate-500"> by {entry.requestedBy.name}</span>}
        </li>
      ))}
    </ul>
  );
}
