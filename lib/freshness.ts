// How fresh Axle's data is: `refreshedAt` should advance daily; when it stops, the connection needs attention.
export type Freshness = { label: string; isStale: boolean; ageHours: number };

const units: [limitSeconds: number, divisor: number, unit: string][] = [
  [60, 1, "second"],
  [3600, 60, "minute"],
  [86400, 3600, "hour"],
  [86400 * 60, 86400, "day"],
  [Number.POSITIVE_INFINITY, 86400 * 30, "month"],
];

export function describeFreshness(refreshedAt: Date, now: Date, staleAfterHours: number): Freshness {
  const seconds = Math.max(0, Math.floor((now.getTime() - refreshedAt.getTime()) / 1000));
  const ageHours = seconds / 3600;
  return { label: relativeAge(seconds), isStale: ageHours > staleAfterHours, ageHours };
}

function relativeAge(seconds: number): string {
  if (seconds < 45) return "just now";
  for (const [limit, divisor, unit] of units) {
    if (seconds < limit) {
      const count = Math.max(1, Math.round(seconds / divisor));
      return `${count} ${unit}${count === 1 ? "" : "s"} ago`;
    }
  }
  return "long ago";
}
