// A timeline row in words: a title, the lines under it, and a tone for its marker. Pure, so every kind of
// entry is unit-tested without a database.

import type { EmailStatus } from "@/generated/prisma/enums";
import { describeChanges } from "@/lib/axle/describe-change";
import type { Change } from "@/lib/axle/diff";
import { dateOrMissing } from "@/lib/axle/policy-words";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";
import { emailStatusLabels } from "@/lib/email/email-status-labels";
import { outreachReason, outreachTitle } from "@/lib/outreach/outreach-words";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";

export type EntryTone = StatusTone;
export type EntryWords = { title: string; lines: string[]; tone: EntryTone; actor?: string };

type Row = { source: string; payload: Record<string, unknown> };

const text = (value: unknown) => (typeof value === "string" ? value : "");

const snapshotSources: Record<string, string> = {
  EXCHANGE: "when the borrower connected",
  EVENT: "after a webhook from Axle",
  RECONCILE: "by the nightly reconcile",
  RESYNC: "by a manual re-sync",
};

const eventStatusWords: Record<string, { label: string; tone: EntryTone }> = {
  RECEIVED: { label: "received, waiting to be processed", tone: "info" },
  PROCESSING: { label: "being processed", tone: "info" },
  PROCESSED: { label: "processed", tone: "neutral" },
  IGNORED: { label: "ignored", tone: "neutral" },
  NEEDS_REVIEW: { label: "needs review", tone: "warning" },
  FAILED: { label: "failed, will be retried", tone: "warning" },
  DEAD: { label: "failed for good", tone: "danger" },
};

// What each Axle event told us, as an officer reads it; the type itself stays on the Operations page.
const eventTypeWords: Record<string, string> = {
  "policy.modified": "Axle reported a change to the policy",
  "policy.renewal-available": "Axle reported a renewal term",
  "account.modified": "Axle reported a change to the carrier account",
  "account.disconnected": "Axle reported the carrier account disconnected",
  "ignition.created": "Ignition session opened at Axle",
  "ignition.opened": "The borrower opened the Ignition link",
  "ignition.completed": "The borrower finished Ignition",
  "ignition.errored": "Ignition ended with an error",
  "ignition.exited": "The borrower left Ignition without connecting",
};

function sentence(slug: string) {
  const words = slug.replaceAll(/[-_.]/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function snapshotWords(row: Row): EntryWords {
  const { payload } = row;
  const isPolicy = row.source === "policy-snapshot";
  const diff = Array.isArray(payload.diff) ? (payload.diff as Change[]) : [];
  const how = snapshotSources[text(payload.source)] ?? "";
  const subject = isPolicy
    ? `${payload.term === "RENEWAL" ? "Renewal term of policy" : "Policy"} ${text(payload.policyNumber) || "without a number"}`
    : "Carrier account";
  const lines = describeChanges(diff, payload);
  if (payload.isOutOfOrder)
    lines.push("Arrived out of order: older than data already held, so it was kept but not applied.");
  if (isPolicy && payload.term === "RENEWAL")
    lines.unshift(`Term ${dateOrMissing(payload.effectiveDate)} to ${dateOrMissing(payload.expirationDate)}`);
  const title =
    diff.length > 0
      ? `${subject} changed ${how}`.trim()
      : `${subject} fetched ${how}${payload.source === "EXCHANGE" || payload.term === "RENEWAL" ? "" : ", no change"}`.trim();
  return { title, lines, tone: diff.length > 0 ? "warning" : "neutral" };
}

function auditWords(payload: Record<string, unknown>): EntryWords {
  const action = text(payload.action);
  const details = (payload.details ?? {}) as Record<string, unknown>;
  const actor = text(payload.actorName) || text(payload.actor);
  const by = actor && actor !== "system" ? actor : undefined;
  const rule = payload.ruleKey ? ruleTitle(text(payload.ruleKey)) : "a rule";
  switch (action) {
    case "violation.opened":
      return {
        title: `Violation opened: ${rule}`,
        lines: [text(payload.message)].filter(Boolean),
        tone: "danger",
      };
    case "violation.resolved":
      return { title: `Violation resolved: ${rule}`, lines: [], tone: "success" };
    case "violation.acknowledged":
      return { title: `Violation acknowledged: ${rule}`, lines: [], tone: "info", actor: by };
    case "violation.waived":
      return {
        title: `Violation waived until ${dateOrMissing(details.until)}: ${rule}`,
        lines: [text(details.reason)].filter(Boolean),
        tone: "info",
        actor: by,
      };
    case "violation.waiver-lapsed":
      return { title: `Waiver lapsed, violation open again: ${rule}`, lines: [], tone: "warning" };
    case "violation.commented":
      return {
        title: `Comment on ${rule}`,
        lines: [text(payload.comment)].filter(Boolean),
        tone: "neutral",
        actor: by,
      };
    case "borrower.created":
      return { title: "Borrower added", lines: [], tone: "neutral", actor: by };
    case "borrower.imported":
      return { title: "Borrower imported from a CSV file", lines: [], tone: "neutral", actor: by };
    case "ignition.started":
      return { title: "New Ignition link created", lines: [], tone: "neutral", actor: by };
    case "connection.linked":
      return { title: "Insurance account connected", lines: [], tone: "success" };
    case "connection.relinked":
      return { title: "Insurance account reconnected", lines: [], tone: "success" };
    case "connection.descoped":
      return { title: "Monitoring stopped (descoped)", lines: [], tone: "neutral", actor: by };
    case "borrower.profile-assigned":
      return {
        title: `Requirements changed to ${text(payload.profileName) || "the default profile"}`,
        lines: [],
        tone: "neutral",
        actor: by,
      };
    case "borrower.resynced":
      return { title: "Re-synced from Axle", lines: [], tone: "neutral", actor: by };
    case "collateral.added":
    case "collateral.updated":
    case "collateral.removed":
      return {
        title: `Collateral ${action.split(".")[1]}${details.vin ? `: VIN ${text(details.vin)}` : ""}`,
        lines: details.checkDigitOverride
          ? [`Check digit warning overridden: ${text(details.checkDigitOverride)}`]
          : [],
        tone: "neutral",
        actor: by,
      };
    default:
      return { title: sentence(action), lines: [], tone: "neutral", actor: by };
  }
}

export function describeTimelineEntry(row: Row): EntryWords {
  const { payload } = row;
  switch (row.source) {
    case "policy-snapshot":
    case "account-snapshot":
      return snapshotWords(row);
    case "event": {
      const status = eventStatusWords[text(payload.status)] ?? {
        label: sentence(text(payload.status)),
        tone: "neutral",
      };
      const lines = [text(payload.statusNote)].filter(Boolean);
      const what = eventTypeWords[text(payload.type)] ?? `Axle sent ${text(payload.type)}`;
      return { title: `${what} · ${status.label}`, lines, tone: status.tone };
    }
    case "outreach": {
      const delivery = emailStatusLabels[text(payload.status) as EmailStatus] ?? {
        label: sentence(text(payload.status)),
        tone: "neutral",
      };
      const what = outreachTitle({
        reason: text(payload.reason),
        reminderNumber: Number(payload.reminderNumber ?? 0),
      });
      const reason = outreachReason(text(payload.reason));
      const lines = [`${delivery.label} · ${reason}`];
      if (payload.status === "FAILED" && payload.error) lines.push(text(payload.error));
      return {
        title: `${what} emailed to ${text(payload.to)}`,
        lines,
        tone: delivery.tone,
        actor: text(payload.requestedBy) || "sent automatically",
      };
    }
    default:
      return auditWords(payload);
  }
}
