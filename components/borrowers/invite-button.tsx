"use client";

import { Send } from "lucide-react";
import { inviteBorrowerAction } from "@/lib/actions/borrower-actions";
import { ConfirmedAction } from "./confirmed-action";

type Props = { borrowerId: string; borrowerName: string; email: string };

/** Invites a borrower who never connected, after a confirmation that names them and their address. */
export function InviteButton({ borrowerId, borrowerName, email }: Props) {
  return (
    <ConfirmedAction
      action={inviteBorrowerAction.bind(null, borrowerId)}
      label={
        <>
          <Send aria-hidden /> Invite to connect
        </>
      }
      title={`Invite ${borrowerName} to connect?`}
      description={
        <>
          Coverwatch emails {borrowerName} at <strong className="text-foreground">{email}</strong> an
          invitation to connect their insurance, with a page that explains why and what is shared. Reminders
          follow on the profile's cadence until they connect or opt out.
        </>
      }
      confirmLabel="Send invitation"
      pendingLabel="Sending…"
      testId="invite-borrower"
    />
  );
}
