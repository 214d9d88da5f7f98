import type { Metadata } from "next";
import { BorrowerPageShell } from "@/components/connect/borrower-page-shell";

export const metadata: Metadata = {
  title: { absolute: "Your insurance connection" },
  robots: { index: false, follow: false },
};

// What the borrower sees after Ignition sends them back. Deliberately shows nothing about their data.
const messages: Record<string, { title: string; body: string }> = {
  connected: {
    title: "Your insurance is connected",
    body: "Thank you. Your lender can now confirm your coverage. You can close this window.",
  },
  "already-completed": {
    title: "Already connected",
    body: "This link has already been used. You can close this window.",
  },
  exited: {
    title: "Connection not finished",
    body: "You left before sharing your policy. Use the link from your lender to try again.",
  },
  failed: {
    title: "We could not connect your insurance",
    body: "Something went wrong. Use the link from your lender to try again, or contact them.",
  },
  "unknown-session": {
    title: "Link not recognised",
    body: "This connection link is not valid. Ask your lender for a new one.",
  },
};

export default async function ConnectResultPage({
  searchParams,
}: {
  searchParams: Promise<{ outcome?: string }>;
}) {
  const { outcome = "failed" } = await searchParams;
  const message = messages[outcome] ?? (messages.failed as { title: string; body: string });
  return (
    <BorrowerPageShell lenderName={null} title={message.title} titleTestId={`connect-${outcome}`}>
      <p className="text-muted-foreground">{message.body}</p>
    </BorrowerPageShell>
  );
}
