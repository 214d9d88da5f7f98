/** What a list ignored or trimmed from its URL ("Ignored an unknown status: “bogus”."), above its rows. */
export function ListNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      className="mb-3 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm text-warning-foreground"
      data-testid="list-notice"
      role="status"
    >
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}
