"use client";

import { Mail } from "lucide-react";
import { requestReconnectAction } from "@/lib/actions/violation-actions";
import { ConfirmedAction } from "./confirmed-action";

type Props = {
  borrowerId: string;
  borrowerName: string;
  email: string;
  /** The violation the email is about; null asks about the borrower's most urgent problem. */
  violation: { id: string; title: string } | null;
  testId: string;
  label?: string;
};

/** Emails the borrower a new Ignition link, after a confirmation that names them and their address. */
export function AskReconnectButton({
  borrowerId,
  borrowerName,
  email,
  violation,
  testId,
  label = "Ask to reconnect",
}: Props) {
  return (
    <ConfirmedAction
      action={requestReconnectAction.bind(null, borrowerId, violation?.id ?? null)}
      label={
        <>
          <Mail aria-hidden /> {label}
        </>
      }
      title={`Email ${borrowerName}?`}
      description={
        <>
          Coverwatch emails {borrowerName} at <strong className="text-foreground">{email}</strong> a new link
          to reconnect their insurance account
          {violation ? `, explaining “${violation.title}”` : ""}. Reminders follow on the profile's schedule
          while the problem stays open, and the request is recorded in the outreach history.
        </>
      }
      confirmLabel="Send email"
      pendingLabel="Sending…"
      testId={testId}
    />
  );
}
