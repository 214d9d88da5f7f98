import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { utcStamp } from "@/lib/format-time";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listEmails } from "@/lib/server/email/list-emails";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Email" };

/** Every email Coverwatch wrote; without SMTP configured, this is where they wait (the outbox). */
export default async function OutboxPage() {
  await requirePagePermission("violations.read");
  const emails = await listEmails();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Email</h1>
      <p className="text-sm text-slate-600">
        {env.SMTP_URL
          ? "Emails are sent through the configured SMTP server."
          : "No SMTP server is configured: emails stay here, in the outbox. Set SMTP_URL to send them."}
      </p>
      {emails.length === 0 ? (
        <EmptyState>No email yet.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {emails.map((email) => (
            <li key={email.id} className="rounded-xl bg-white p-4 text-sm shadow" data-testid="outbox-email">
              <div className="flex items-center justify-between">
                <span className="font-medium" data-testid="outbox-subject">
                  {email.subject}
                </span>
                <Badge tone={email.status === "SENT" ? "green" : email.status === "FAILED" ? "red" : "blue"}>
                  {email.status.toLowerCase()}
                </Badge>
              </div>
              <div className="text-slate-500">
                To {email.to} · {utcStamp(email.createdAt)}
                {email.error ? ` · ${email.error}` : ""}
              </div>
              <pre className="mt-2 whitespace-pre-wrap font-sans text-slate-800" data-testid="outbox-text">
                {email.text}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
