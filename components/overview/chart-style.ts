// What the overview's charts share: the count axis, the day labels and the tooltip's colours (design tokens, so
// both themes read well).
import { formatCount } from "@/lib/format-human";

export const countAxisProps = {
  width: 64,
  stroke: "var(--muted-foreground)",
  fontSize: 12,
  allowDecimals: false,
  tickFormatter: (value: number) => formatCount(value),
};

export const tooltipStyle = {
  background: "var(--popover)",
  borderColor: "var(--border)",
  color: "var(--popover-foreground)",
};

export const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
