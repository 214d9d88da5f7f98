// The messages Coverwatch posts to Slack: Block Kit for the app, and a plain `text` that Slack shows in
// notifications and wherever blocks cannot be rendered. Pure, so a message is built once, stored with its
// delivery, and posted as stored however often the delivery is retried.
import type { Severity } from "@/generated/prisma/enums";
import { thresholdLabel } from "@/lib/alerts/severity-threshold";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";

type PlainText = { type: "plain_text"; text: string };
type Mrkdwn = { type: "mrkdwn"; text: string };
export type SlackBlock =
  | { type: "header"; text: PlainText }
  | { type: "section"; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: "actions"; elements: { type: "button"; text: PlainText; url: string; action_id: string }[] }
  | { type: "context"; elements: Mrkdwn[] };
export type SlackMessage = { text: string; blocks: SlackBlock[] };

// Slack's limits (api.slack.com/reference/block-kit/blocks): a longer text makes Slack refuse the whole message.
const limits = { header: 150, section: 3000, field: 2000, button: 75, text: 3000 };

export type ViolationForMessage = {
  severity: Severity;
  ruleKey: string;
  message: string;
  firstSeenAt: Date;
  borrower: { firstName: string; lastName: string; loanReference: string };
};

/** A new violation: severity and rule, the finding, the borrower and their loan, and a button to the record. */
export function violationMessage(violation: ViolationForMessage, recordUrl: string): SlackMessage {
  const severity = severityLabels[violation.severity].label;
  const title = ruleTitle(violation.ruleKey);
  const name = `${violation.borrower.firstName} ${violation.borrower.lastName}`.trim();
  const loan = violation.borrower.loanReference;
  return {
    text: mrkdwn(
      `${severity} violation: ${title}. ${violation.message} Borrower: ${name} (loan ${loan}). ${recordUrl}`,
      limits.text,
    ),
    blocks: [
      { type: "header", text: plain(`${severity}: ${title}`, limits.header) },
      { type: "section", text: { type: "mrkdwn", text: mrkdwn(violation.message, limits.section) } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: `*Borrower*\n${mrkdwn(name, limits.field - 20)}` },
          { type: "mrkdwn", text: `*Loan reference*\n${mrkdwn(loan, limits.field - 20)}` },
        ],
      },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: plain("Open the record", limits.button),
            url: recordUrl,
            action_id: "open-record",
          },
        ],
      },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: `Opened ${utcStamp(violation.firstSeenAt)} · Coverwatch` }],
      },
    ],
  };
}

/** The message an admin sends to check a channel's webhook: which violations the channel will hear about. */
export function testMessage({
  channelName,
  minSeverity,
  sentBy,
  settingsUrl,
}: {
  channelName: string;
  minSeverity: Severity;
  sentBy: string;
  settingsUrl: string;
}): SlackMessage {
  const which = thresholdLabel(minSeverity).toLowerCase();
  const body = `This webhook works: ${channelName} will hear about new violations from Coverwatch (${which}). Sent by ${sentBy}.`;
  return {
    text: mrkdwn(`Test message from Coverwatch. ${body}`, limits.text),
    blocks: [
      { type: "header", text: plain("Test message from Coverwatch", limits.header) },
      { type: "section", text: { type: "mrkdwn", text: mrkdwn(body, limits.section) } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: plain("Slack settings", limits.button),
            url: settingsUrl,
            action_id: "open-settings",
          },
        ],
      },
    ],
  };
}

function plain(text: string, max: number): PlainText {
  return { type: "plain_text", text: truncate(text, max) };
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Text for Slack's mrkdwn: `&`, `<` and `>` escaped (a borrower's name cannot become a link or a mention),
 * cut at `max` characters counted after escaping, never inside an entity.
 */
export function mrkdwn(text: string, max: number): string {
  const escaped = text.replace(/[&<>]/g, (char) => entities[char] ?? char);
  if (escaped.length <= max) return escaped;
  let out = "";
  for (const char of text) {
    const piece = entities[char] ?? char;
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
