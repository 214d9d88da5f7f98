// Numbers, dates and day counts as people read them. Dates are shown in UTC, like every time in the app.
const countFormat = new Intl.NumberFormat("en-US");
const dateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});
const moneyFormat = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const dayMs = 24 * 60 * 60 * 1000;

export const formatCount = (value: number) => countFormat.format(value);

/** "1 policy", "2,004 policies". */
export const countOf = (count: number, singular: string, plural: string) =>
  `${countFormat.format(count)} ${count === 1 ? singular : plural}`;

/** "Mar 4, 2027". */
export const formatDate = (date: Date) => dateFormat.format(date);

/** "Mar 4, 2027, 07:00 UTC". */
export const formatDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

/** "$1,000". */
export const formatMoney = (amount: number) => moneyFormat.format(amount);

/** "1 day", "30 days". */
export const formatDays = (days: number) =>
  `${countFormat.format(days)} ${Math.abs(days) === 1 ? "day" : "days"}`;

/** "in 12 days", "today", "3 days ago": how far a date is from now, in whole days. */
export function formatDaysFrom(date: Date, now: Date): string {
  const days = Math.round((date.getTime() - now.getTime()) / dayMs);
  if (days === 0) return "today";
  return days > 0 ? `in ${formatDays(days)}` : `${formatDays(-days)} ago`;
}

/** "12%", or "—" when there is nothing to divide. */
export const formatPercent = (part: number, whole: number) =>
  whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`;

const minuteMs = 60 * 1000;

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date: how long ago something happened. */
export function formatTimeAgo(date: Date, now: Date): string {
  const elapsed = now.getTime() - date.getTime();
  if (elapsed < minuteMs) return "just now";
  const minutes = Math.floor(elapsed / minuteMs);
  if (minutes < 60) return `${countOf(minutes, "minute", "minutes")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${countOf(hours, "hour", "hours")} ago`;
  const days = Math.floor(hours / 24);
  if (days < 30) return `${formatDays(days)} ago`;
  return formatDate(date);
}
