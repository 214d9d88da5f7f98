import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import {
  acknowledgeViolationAction,
  commentViolationAction,
  requestReconnectAction,
  waiveViolationAction,
} from "@/lib/actions/violation-actions";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

type Violation = BorrowerDetail["violations"][number];
type Props = { violation: Violation; borrowerId: string; canManage: boolean; canOutreach: boolean };

const stamp = (date: Date) => utcStamp(date);

/** One live violation: what failed, the evidence, since when, and what an officer can do about it. */
export function ViolationCard({ violation, borrowerId, canManage, canOutreach }: Props) {
  const evidence = violation.evidence as { required?: string; found?: string };
  return (
    <li
      className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
      data-testid="open-violation"
    >
      <div className="font-medium">
        {ruleTitle(violation.ruleKey)}{" "}
        <Badge tone={violation.outcome === "FAIL" ? "red" : "amber"}>{violation.outcome.toLowerCase()}</Badge>{" "}
        <Badge tone="slate">{violation.severity.toLowerCase()}</Badge>{" "}
        <Badge tone={violation.status === "OPEN" ? "red" : "blue"} testId="violation-status">
          {violation.status.toLowerCase()}
        </Badge>
      </div>
      <p>{violation.message}</p>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-2 text-xs" data-testid="violation-evidence">
        <dt className="text-slate-500">Required</dt>
        <dd>{evidence.required}</dd>
        <dt className="text-slate-500">Found</dt>
        <dd>{evidence.found}</dd>
      </dl>
      <p className="text-xs text-slate-500">
        First seen {stamp(violation.firstSeenAt)}
        {violation.acknowledgedAt && ` · acknowledged ${stamp(violation.acknowledgedAt)}`}
        {violation.status === "WAIVED" &&
          violation.waivedUntil &&
          ` · waived until ${violation.waivedUntil.toISOString().slice(0, 10)}: ${violation.waiverReason}`}
      </p>
      {violation.comments.length > 0 && (
        <ul className="space-y-1 border-l-2 border-red-200 pl-2 text-xs" data-testid="violation-comments">
          {violation.comments.map((comment) => (
            <li key={comment.id}>
              <span className="text-slate-500">
                {comment.author.name}, {stamp(comment.createdAt)}:
              </span>{" "}
              {comment.body}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-4">
        {canOutreach && (
          <ActionForm
            action={requestReconnectAction.bind(null, borrowerId, violation.id)}
            label="Ask borrower to reconnect"
            pendingLabel="Sending…"
            testId="ask-reconnect"
          />
        )}
        {canManage && violation.status === "OPEN" && (
          <ActionForm
            action={acknowledgeViolationAction.bind(null, violation.id)}
            label="Acknowledge"
            testId="acknowledge"
          />
        )}
      </div>
      {canManage && (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-700">Comment or waive</summary>
          <div className="mt-2 space-y-2">
            <ActionForm
              action={commentViolationAction.bind(null, violation.id)}
              label="Add comment"
              testId="comment"
            >
              <input
                name="body"
                placeholder="Comment"
                className="rounded border border-slate-300 px-2 py-1"
                data-testid="comment-body"
              />
            </ActionForm>
            <ActionForm action={waiveViolationAction.bind(null, violation.id)} label="Waive" testId="waive">
              <input
                name="reason"
                placeholder="Reason"
                className="rounded border border-slate-300 px-2 py-1"
                data-testid="waive-reason"
              />
              <input
                name="until"
                type="date"
                className="rounded border border-slate-300 px-2 py-1"
                data-testid="waive-until"
              />
            </ActionForm>
          </div>
        </details>
      )}
    </li>
  );
}
