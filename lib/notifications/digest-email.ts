// The words of the daily digest: the day's violation changes and where the portfolio needs attention, each
// count followed by the link to the list of exactly those violations or borrowers.
import { formatCount, formatDate, formatDateTime } from "@/lib/format-human";
import { appLink } from "./violation-alert-email";

/** One line of the digest: what is counted, how many, and the list that shows them. */
export type DigestLine = { key: string; label: string; count: number; path: string };

export type DigestContent = {
  /** The UTC day the digest is for, and the start of the 24 hours it looks back over. */
  day: Date;
  since: Date;
  violations: DigestLine[];
  borrowers: DigestLine[];
};

const section = (title: string, lines: DigestLine[], appUrl: string) => [
  title,
  ...lines.flatMap((line) => [
    `- ${line.label}: ${formatCount(line.count)}`,
    `  ${appLink(appUrl, line.path)}`,
  ]),
];

export function digestEmail({
  content,
  recipientName,
  appUrl,
}: {
  content: DigestContent;
  recipientName: string;
  appUrl: string;
}) {
  const count = (key: string) => content.violations.find((line) => line.key === key)?.count ?? 0;
  const opened = count("opened");
  const resolved = count("resolved");
  const subject = `Coverwatch daily digest, ${formatDate(content.day)}: ${formatCount(opened)} new ${
    opened === 1 ? "violation" : "violations"
  }, ${formatCount(resolved)} resolved`;
  const lines = [
    `Hello ${recipientName},`,
    "",
    `Your Coverwatch digest for ${formatDate(content.day)}: what changed since ${formatDateTime(content.since)}, and where the portfolio stands now.`,
    "",
    ...section("Violations in the last 24 hours", content.violations, appUrl),
    "",
    ...section("Borrowers needing attention", content.borrowers, appUrl),
    "",
    "You receive this because your notification settings ask for the daily digest.",
    `Change them at ${appLink(appUrl, "/settings/notifications")}`,
  ];
  return { subject, text: lines.join("\n") };
}
