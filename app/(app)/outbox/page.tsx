import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { emailStatusLabels } from "@/lib/email/email-status-labels";
import { utcStamp } from "@/lib/format-time";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import {
  emailListHref,
  emailPageSizes,
  listEmails,
  parseEmailListParams,
} from "@/lib/server/email/list-emails";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Email" };

/** Every email Coverwatch wrote, newest first; without SMTP configured, this is where they wait (the outbox). */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("violations.read");
  // Invitations and password resets carry a set-password link: whoever reads it can take over that account.
  const canReadAccountEmail = can(user.role, "users.manage");
  // Emails to borrowers carry their Ignition link, a bearer secret: only those who may send one read them.
  const canReadBorrowerEmail = can(user.role, "outreach.send");
  const params = parseEmailListParams(await searchParams);
  const page = await listEmails(params);
  const href = (changes: { size?: number; cursor?: string }) =>
    emailListHref({ size: changes.size ?? params.size, cursor: changes.cursor });
  return (
    <section>
      <PageHeader
        title="Email"
        description={
          env.SMTP_URL
            ? "Every email Coverwatch wrote, newest first. They are sent through the configured SMTP server."
            : "No SMTP server is configured: emails stay here, in the outbox, newest first. Set SMTP_URL to send them."
        }
      />
      {page.rows.length === 0 ? (
        <EmptyState
          testId="outbox-empty"
          icon={<Mail />}
          title="No email yet"
          description="Requests to reconnect, their reminders and invitations appear here as Coverwatch writes them."
        />
      ) : (
        <Card className="divide-y divide-border">
          {page.rows.map((email) => {
            const status = emailStatusLabels[email.status];
            return (
              <article key={email.id} className="min-w-0 p-4 text-sm" data-testid="outbox-email">
                <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                  <h2 className="min-w-0 font-medium break-words" data-testid="outbox-subject">
                    {email.subject}
                  </h2>
                  <Badge variant={status.tone} dot testId="outbox-status">
                    {status.label}
                  </Badge>
                </div>
                <p className="mt-0.5 break-words text-muted-foreground">
                  To {email.to} · written {utcStamp(email.createdAt)}
                  {email.sentAt && ` · sent ${utcStamp(email.sentAt)}`}
                </p>
                {email.error && (
                  <p className="mt-1 break-words text-danger-foreground" data-testid="outbox-error">
                    {email.error}
                  </p>
                )}
                {email.isSensitive && !canReadAccountEmail ? (
                  <p className="mt-2 text-muted-foreground" data-testid="outbox-text-hidden">
                    This email holds a set-password link; only admins can read it.
                  </p>
                ) : !email.isSensitive && !canReadBorrowerEmail ? (
                  <p className="mt-2 text-muted-foreground" data-testid="outbox-text-hidden">
                    {email.unsubscribeUrl
                      ? "This email holds the borrower's Ignition link; only admins and compliance officers can read it."
                      : "This email is addressed to a teammate; only admins and compliance officers can read it."}
                  </p>
                ) : (
                  // Whole, wrapped: a box that scrolled would need a keyboard focus of its own.
                  <pre
                    className="mt-2 rounded-md bg-muted/60 p-3 font-sans whitespace-pre-wrap text-foreground [overflow-wrap:anywhere]"
                    data-testid="outbox-text"
                  >
                    {email.text}
                  </pre>
                )}
              </article>
            );
          })}
        </Card>
      )}
      {(page.rows.length > 0 || page.previousCursor) && (
        <KeysetPagination
          page={page}
          size={params.size}
          sizes={emailPageSizes}
          noun={["email", "emails"]}
          href={href}
        />
      )}
    </section>
  );
}
