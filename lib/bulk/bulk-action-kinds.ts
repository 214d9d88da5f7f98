// The actions that can be applied to many borrowers or violations at once, in words, with the permission each
// needs and what each item is: a borrower (`ask-reconnect` from the queue asks each distinct borrower once) or
// a violation.
import type { Permission } from "@/lib/auth/permissions";

type StartedFrom = "borrowers" | "violations" | "requirements";

type KindSpec = {
  label: string;
  permission: Permission;
  subject: "borrower" | "violation";
  /** The pages it is started from, which show its progress panel. */
  startedFrom: readonly StartedFrom[];
  /**
   * Whether a page's worth may run in the request that starts it: database-only work on violations, each item
   * in one transaction. Anything that calls Axle or sends email always runs as a job.
   */
  mayRunInline: boolean;
  /** What the confirmation dialog says will happen. */
  consequence: (count: string) => string;
};

export const bulkActionKinds = {
  invite: {
    label: "Invite to connect",
    permission: "outreach.send",
    subject: "borrower",
    startedFrom: ["borrowers"],
    mayRunInline: false,
    consequence: (count: string) =>
      `${count} will each get an email inviting them to connect their insurance, then reminders on their profile's cadence until they do. Borrowers already connected, already invited or opted out of email are skipped.`,
  },
  "ask-reconnect": {
    label: "Ask to reconnect",
    permission: "outreach.send",
    subject: "borrower",
    startedFrom: ["borrowers", "violations"],
    mayRunInline: false,
    consequence: (count: string) =>
      `${count} will each get an email with a new Ignition link asking them to reconnect their insurance. Reminders follow on their profile's cadence.`,
  },
  "assign-profile": {
    label: "Assign a profile",
    permission: "profiles.assign",
    subject: "borrower",
    startedFrom: ["borrowers"],
    mayRunInline: false,
    consequence: (count: string) =>
      `${count} will be put under the chosen requirement profile and evaluated against it at once.`,
  },
  reevaluate: {
    label: "Evaluate again",
    permission: "requirements.write",
    subject: "borrower",
    startedFrom: ["requirements"],
    mayRunInline: false,
    consequence: (count: string) =>
      `${count} will have their monitored policies evaluated against their profile's latest version.`,
  },
  "violation-acknowledge": {
    label: "Acknowledge violations",
    permission: "violations.manage",
    subject: "violation",
    startedFrom: ["violations"],
    mayRunInline: true,
    consequence: (count: string) =>
      `${count} will be marked acknowledged: someone is on it. Violations already acknowledged stay as they are; waived ones cannot be acknowledged.`,
  },
  "violation-waive": {
    label: "Waive violations",
    permission: "violations.manage",
    subject: "violation",
    startedFrom: ["violations"],
    mayRunInline: true,
    consequence: (count: string) =>
      `${count} stop counting against their borrowers' compliance status until the date you give, and no reminders go out for them; then they open again. Each waiver and its reason is recorded in the audit log.`,
  },
  "violation-assign": {
    label: "Assign violations",
    permission: "violations.manage",
    subject: "violation",
    startedFrom: ["violations"],
    mayRunInline: true,
    consequence: (count: string) => `${count} will be assigned to the person you choose.`,
  },
  "violation-set-due": {
    label: "Set a due date",
    permission: "violations.manage",
    subject: "violation",
    startedFrom: ["violations"],
    mayRunInline: true,
    consequence: (count: string) =>
      `${count} will be due on the date you give; still open after it, they show as overdue.`,
  },
} as const satisfies Record<string, KindSpec>;

export type BulkActionKind = keyof typeof bulkActionKinds;
export const isBulkActionKind = (value: string): value is BulkActionKind =>
  Object.hasOwn(bulkActionKinds, value);

/** The kinds started from a page, whose progress panels it shows. */
export const bulkActionKindsStartedFrom = (page: StartedFrom) =>
  (Object.keys(bulkActionKinds) as BulkActionKind[]).filter((kind) =>
    (bulkActionKinds[kind].startedFrom as readonly StartedFrom[]).includes(page),
  );
