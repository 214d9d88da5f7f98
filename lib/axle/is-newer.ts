// Axle objects carry `modifiedAt` (data changed) and `refreshedAt` (data re-fetched from the carrier). Events can
// arrive in any order, so the current state only ever moves to a body at least as new as the one we hold.
type Stamped = { modifiedAt: Date | string; refreshedAt: Date | string };

const time = (value: Date | string) => (typeof value === "string" ? Date.parse(value) : value.getTime());

export function isAtLeastAsNew(incoming: Stamped, current: Stamped | null): boolean {
  if (!current) return true;
  const modified = time(incoming.modifiedAt) - time(current.modifiedAt);
  if (modified !== 0) return modified > 0;
  return time(incoming.refreshedAt) >= time(current.refreshedAt);
}
