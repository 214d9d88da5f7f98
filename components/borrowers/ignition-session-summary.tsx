import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { CopyLink } from "./copy-link";

type Session = BorrowerDetail["ignitionSessions"][number];

const variants: Record<Session["status"], BadgeVariant> = {
  CREATED: "info",
  OPENED: "info",
  COMPLETED: "success",
  EXITED: "warning",
  ERRORED: "danger",
};

/**
 * The latest Ignition session: where it stands, the link while it is open, and how it ended. The link lets
 * whoever holds it connect the borrower's insurance, so only those who may send it to the borrower see it.
 */
export function IgnitionSessionSummary({
  session,
  canShareLink,
}: {
  session: Session;
  canShareLink: boolean;
}) {
  const isOpen = session.status === "CREATED" || session.status === "OPENED";
  return (
    <div className="grid gap-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span>Latest session</span>
        {/* The word is the status itself ("created"); it is capitalised for display only. */}
        <Badge variant={variants[session.status]} dot className="capitalize" testId="ignition-status">
          {session.status.toLowerCase()}
        </Badge>
        <span className="text-muted-foreground">started {utcStamp(session.createdAt)}</span>
      </div>
      {isOpen &&
        (canShareLink ? (
          <CopyLink href={session.uri} />
        ) : (
          <p className="text-muted-foreground">A link is open, waiting for the borrower.</p>
        ))}
      {session.status === "COMPLETED" && session.result === "manual" && (
        <p className="text-warning-foreground" data-testid="ignition-outcome">
          Completed by manual entry: the carrier did not confirm this policy.
        </p>
      )}
      {session.status === "EXITED" && (
        <p className="text-warning-foreground" data-testid="ignition-outcome">
          The borrower left at the “{session.exitStep ?? "unknown"}” step. Send a new link to try again.
        </p>
      )}
      {session.status === "ERRORED" && (
        <p className="text-destructive" data-testid="ignition-outcome">
          {session.message ?? "The connection failed."}
        </p>
      )}
    </div>
  );
}
