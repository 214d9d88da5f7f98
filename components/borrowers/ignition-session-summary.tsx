import { Badge, type Tone } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { CopyLink } from "./copy-link";

type Session = BorrowerDetail["ignitionSessions"][number];

const tones: Record<Session["status"], Tone> = {
  CREATED: "blue",
  OPENED: "blue",
  COMPLETED: "green",
  EXITED: "amber",
  ERRORED: "red",
};

/** The latest Ignition session: where it stands, the link while it is open, and how it ended. */
export function IgnitionSessionSummary({ session }: { session: Session }) {
  const isOpen = session.status === "CREATED" || session.status === "OPENED";
  return (
    <div className="mt-3 space-y-2 text-sm">
      <div>
        Latest session:{" "}
        <Badge tone={tones[session.status]} testId="ignition-status">
          {session.status.toLowerCase()}
        </Badge>{" "}
        <span className="text-slate-500">started {utcStamp(session.createdAt)}</span>
      </div>
      {isOpen && <CopyLink href={session.uri} />}
      {session.status === "COMPLETED" && session.result === "manual" && (
        <p className="text-amber-800" data-testid="ignition-outcome">
          Completed by manual entry: the carrier did not confirm this policy.
        </p>
      )}
      {session.status === "EXITED" && (
        <p className="text-amber-800" data-testid="ignition-outcome">
          The borrower left at the “{session.exitStep ?? "unknown"}” step. Send a new link to try again.
        </p>
      )}
      {session.status === "ERRORED" && (
        <p className="text-red-700" data-testid="ignition-outcome">
          {session.message ?? "The connection failed."}
        </p>
      )}
    </div>
  );
}
