// An event's type as a metrics label. Each label value is a time series kept for as long as the process lives, so
// only a type shaped like Axle's (`policy.modified`, `account.disconnected`) becomes one; anything else, or no
// type at all (a request refused before its body was read), is counted under one value.
const axleEventType = /^[a-z][a-z0-9-]{0,30}(\.[a-z][a-z0-9-]{0,30}){1,2}$/;

export const unknownEventType = "unknown";

export function eventTypeLabel(type: string | null | undefined): string {
  return type && axleEventType.test(type) ? type : unknownEventType;
}
