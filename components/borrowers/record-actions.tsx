import type { BorrowerHeader } from "@/lib/server/borrowers/get-borrower-header";
import { AskReconnectButton } from "./ask-reconnect-button";
import { DescopeButton } from "./descope-button";
import { InviteButton } from "./invite-button";

/**
 * The record's primary actions, on every tab: invite a borrower who never connected (once; reminders follow),
 * ask the borrower to reconnect, and descope each monitored account. No email action is offered to a borrower
 * who opted out of email.
 */
export function RecordActions({
  borrower,
  name,
  carrierName,
  canOutreach,
  canDescope,
}: {
  borrower: BorrowerHeader;
  name: string;
  carrierName: (slug: string | null | undefined) => string;
  canOutreach: boolean;
  canDescope: boolean;
}) {
  const monitored = borrower.connections.filter((connection) => connection.isMonitoring);
  const mayEmail = canOutreach && !borrower.emailOptedOutAt;
  const mayInvite = mayEmail && borrower.connections.length === 0 && borrower.outreach.length === 0;
  return (
    <>
      {mayInvite && <InviteButton borrowerId={borrower.id} borrowerName={name} email={borrower.email} />}
      {mayEmail && !mayInvite && (
        <AskReconnectButton
          borrowerId={borrower.id}
          borrowerName={name}
          email={borrower.email}
          violation={null}
          testId="ask-reconnect-general"
        />
      )}
      {canDescope &&
        monitored.map((connection) => {
          const carrier = connection.account?.carrier ?? connection.policies[0]?.carrier;
          const carrierLabel = carrier ? carrierName(carrier) : null;
          return (
            <DescopeButton
              key={connection.id}
              connectionId={connection.id}
              borrowerName={name}
              carrierName={carrierLabel}
              label={monitored.length > 1 && carrierLabel ? `Descope ${carrierLabel}` : "Descope"}
            />
          );
        })}
    </>
  );
}
