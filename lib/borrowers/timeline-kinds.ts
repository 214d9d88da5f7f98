// What the borrower's timeline can show, and how the kind filter reads in the URL (`?kind=change`).
export const timelineKinds = ["change", "event", "violation", "comment", "outreach", "activity"] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineKindLabels: Record<TimelineKind, string> = {
  change: "Policy and account changes",
  event: "Notices from Axle",
  violation: "Violations",
  comment: "Comments",
  outreach: "Emails",
  activity: "Team activity",
};

export function timelineKindParam(value: string | undefined): TimelineKind | undefined {
  return timelineKinds.find((kind) => kind === value?.toLowerCase());
}
