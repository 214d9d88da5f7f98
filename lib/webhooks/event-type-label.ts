// An event's type as a metrics label. Each label value is a time series kept for as long as the process lives, so
// only the event types Axle documents become one; anything else, or no type at all (a request refused before its
// body was read), is counted under one value, and a sender cannot mint series.
const axleEventTypes = new Set([
  "policy.modified",
  "policy.renewal-available",
  "account.modified",
  "account.disconnected",
  "ignition.created",
  "ignition.opened",
  "ignition.completed",
  "ignition.errored",
  "ignition.exited",
]);

export const unknownEventType = "unknown";

export function eventTypeLabel(type: string | null | undefined): string {
  return type && axleEventTypes.has(type) ? type : unknownEventType;
}
