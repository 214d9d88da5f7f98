// The actions that can be applied to many borrowers at once, in words, with the permission each needs.
import type { Permission } from "@/lib/auth/permissions";

export const bulkActionKinds = {
  "ask-reconnect": {
    label: "Ask to reconnect",
    permission: "outreach.send",
    /** What the confirmation dialog says will happen. */
    consequence: (count: string) =>
      `${count} will each get an email with a new Ignition link asking them to reconnect their insurance. Reminders follow on their profile's cadence.`,
  },
  "assign-profile": {
    label: "Assign a profile",
    permission: "profiles.assign",
    consequence: (count: string) =>
      `${count} will be put under the chosen requirement profile and evaluated against it at once.`,
  },
} as const satisfies Record<
  string,
  { label: string; permission: Permission; consequence: (count: string) => string }
>;

export type BulkActionKind = keyof typeof bulkActionKinds;
export const isBulkActionKind = (value: string): value is BulkActionKind =>
  Object.hasOwn(bulkActionKinds, value);
