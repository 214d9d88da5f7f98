import { Mail } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { emailStatusLabels } from "@/lib/email/email-status-labels";
import { utcStamp } from "@/lib/format-time";
import { outreachReason, outreachTitle } from "@/lib/outreach/outreach-words";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { BorrowerOutreach } from "@/lib/server/borrowers/list-borrower-outreach";

/** Every request to reconnect and reminder: when, to whom, why, by whom, and whether it went out. */
export function OutreachHistory({ outreach }: { outreach: BorrowerOutreach }) {
  if (outreach.length === 0)
    return (
      <EmptyState
        icon={<Mail />}
        title="No emails to this borrower yet"
        description="Requests to reconnect and their reminders appear here with their delivery state."
        testId="no-outreach"
      />
    );
  return (
    <Table containerClassName="rounded-lg border border-border bg-card">
      <TableHeader>
        <TableRow>
          <TableHead>Sent</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Why</TableHead>
          <TableHead>Delivery</TableHead>
          <TableHead>By</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outreach.map((entry) => {
          const delivery = emailStatusLabels[entry.email.status];
          return (
            <TableRow key={entry.id} data-testid="outreach-entry">
              <TableCell className="whitespace-nowrap tabular-nums">{utcStamp(entry.createdAt)}</TableCell>
              <TableCell>
                <div className="font-medium">{outreachTitle(entry)}</div>
                <div className="text-xs text-muted-foreground">to {entry.email.to}</div>
              </TableCell>
              <TableCell>
                <span data-testid="outreach-reason">{outreachReason(entry.reason)}</span>
                {entry.violation && (
                  <div className="text-xs text-muted-foreground">{ruleTitle(entry.violation.ruleKey)}</div>
                )}
              </TableCell>
              <TableCell>
                <Badge variant={delivery.tone} testId="outreach-delivery">
                  {delivery.label}
                </Badge>
                {entry.email.sentAt && (
                  <div className="mt-1 text-xs text-muted-foreground">{utcStamp(entry.email.sentAt)}</div>
                )}
                {entry.email.status === "FAILED" && entry.email.error && (
                  <div className="mt-1 text-xs text-destructive">{entry.email.error}</div>
                )}
              </TableCell>
              <TableCell className="text-muted-foreground">
                {entry.requestedBy?.name ?? "Sent automatically"}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
