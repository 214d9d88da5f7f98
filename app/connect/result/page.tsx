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
    <main className="mx-auto mt-24 max-w-md rounded-xl bg-white p-8 shadow">
      <h1 className="text-xl font-semibold" data-testid={`connect-${outcome}`}>
        {message.title}
      </h1>
      <p className="mt-3 text-slate-600">{message.body}</p>
    </main>
  );
}
