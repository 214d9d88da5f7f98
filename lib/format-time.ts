/** A moment as the dashboard shows it: "2026-11-28 14:04 UTC" (with seconds where an operator needs them). */
export function utcStamp(date: Date, { withSeconds = false } = {}): string {
  return `${date
    .toISOString()
    .replace("T", " ")
    .slice(0, withSeconds ? 19 : 16)} UTC`;
}
