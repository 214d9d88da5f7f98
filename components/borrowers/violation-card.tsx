import { ActionForm } from "@/components/ui/action-form";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Textarea } from "@/components/ui/textarea";
import { ViolationAssignment } from "@/components/violations/violation-assignment";
import type { ViolationStatus } from "@/generated/prisma/enums";
import { acknowledgeViolationAction, commentViolationAction } from "@/lib/actions/violation-actions";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { AskReconnectButton } from "./ask-reconnect-button";
import { OutcomeBadge } from "./outcome-badge";
import { WaiveForm } from "./waive-form";

type Violation = BorrowerDetail["violations"][number];
type Props = {
  violation: Violation;
  borrower: { id: string; name: string; email: string };
  canManage: boolean;
  canOutreach: boolean;
  now: Date;
};

const statuses: Record<ViolationStatus, { label: string; variant: BadgeVariant }> = {
  OPEN: { label: "Open", variant: "danger" },
  ACKNOWLEDGED: { label: "Acknowledged", variant: "info" },
  WAIVED: { label: "Waived", variant: "neutral" },
  RESOLVED: { label: "Resolved", variant: "success" },
};

/** One live violation: what failed, the evidence, since when, and what an officer can do about it. */
export function ViolationCard({ violation, borrower, canManage, canOutreach, now }: Props) {
  const evidence = violation.evidence as { required?: string; found?: string };
  const title = ruleTitle(violation.ruleKey);
  const status = statuses[violation.status];
  const severity = severityLabels[violation.severity];
  return (
    <li
      className={cn("flex flex-col gap-3 px-5 py-4", violation.status === "WAIVED" && "bg-muted/40")}
      data-testid="open-violation"
      data-status={violation.status}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium">{title}</h3>
        <OutcomeBadge outcome={violation.outcome} />
        <Badge variant={severity.tone}>{severity.label}</Badge>
        <Badge variant={status.variant} dot testId="violation-status">
          {status.label}
        </Badge>
      </div>
      <p className="text-sm">{violation.message}</p>
      <dl
        className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 rounded-md bg-muted/60 px-3 py-2 text-sm"
        data-testid="violation-evidence"
      >
        <dt className="text-muted-foreground">Required</dt>
        <dd>{evidence.required ?? "—"}</dd>
        <dt className="text-muted-foreground">Found</dt>
        <dd>{evidence.found ?? "—"}</dd>
      </dl>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="violation-assignment">
        <span className="inline-flex items-center gap-1">
          <span className="text-muted-foreground">Assignee</span>
          <ViolationAssignment
            violationId={violation.id}
            title={`${title} for ${borrower.name}`}
            assignee={violation.assignee}
            dueAt={violation.dueAt?.toISOString().slice(0, 10) ?? ""}
            isManageable={canManage}
          />
        </span>
        <span>
          <span className="text-muted-foreground">Due </span>
          {violation.dueAt ? formatDate(violation.dueAt) : "not set"}
          {violation.dueAt && violation.dueAt < now && violation.status === "OPEN" && (
            <Badge variant="danger" className="ml-2">
              Overdue
            </Badge>
          )}
        </span>
      </div>
      <p className="text-xs text-muted-foreground">
        First seen {utcStamp(violation.firstSeenAt)}
        {violation.acknowledgedAt && ` · acknowledged ${utcStamp(violation.acknowledgedAt)}`}
        {violation.status === "WAIVED" &&
          violation.waivedUntil &&
          ` · waived until ${formatDate(violation.waivedUntil)}: ${violation.waiverReason}`}
      </p>
      {violation.comments.length > 0 && (
        <ul className="space-y-1 border-l-2 border-border pl-3 text-sm" data-testid="violation-comments">
          {violation.comments.map((comment) => (
            <li key={comment.id}>
              <span className="text-muted-foreground">
                {comment.author.name}, {utcStamp(comment.createdAt)}:
              </span>{" "}
              {comment.body}
            </li>
          ))}
        </ul>
      )}
      {(canOutreach || canManage) && (
        <div className="flex flex-wrap items-center gap-2">
          {canOutreach && (
            <AskReconnectButton
              borrowerId={borrower.id}
              borrowerName={borrower.name}
              email={borrower.email}
              violation={{ id: violation.id, title }}
              testId="ask-reconnect"
            />
          )}
          {canManage && violation.status === "OPEN" && (
            <ActionForm
              action={acknowledgeViolationAction.bind(null, violation.id)}
              label="Acknowledge"
              variant="outline"
              size="sm"
              testId="acknowledge"
            />
          )}
        </div>
      )}
      {canManage && (
        <details className="group rounded-md border border-border text-sm">
          <summary className="cursor-pointer rounded-md px-3 py-2 font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring">
            Comment or waive
          </summary>
          <div className="grid gap-4 border-t border-border p-3">
            <ActionForm
              action={commentViolationAction.bind(null, violation.id)}
              label="Add comment"
              variant="outline"
              size="sm"
              testId="comment"
            >
              <div className="grid w-full gap-1.5">
                <label htmlFor={`comment-${violation.id}`} className="text-xs font-medium">
                  Comment
                </label>
                <Textarea
                  id={`comment-${violation.id}`}
                  name="body"
                  required
                  maxLength={2000}
                  rows={2}
                  data-testid="comment-body"
                />
              </div>
            </ActionForm>
            <WaiveForm violationId={violation.id} title={title} borrowerName={borrower.name} />
          </div>
        </details>
      )}
    </li>
  );
}
