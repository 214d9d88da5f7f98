import Link from "next/link";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";
import { cn } from "@/lib/cn";

const accent: Record<StatusTone, string> = {
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  info: "bg-info",
  neutral: "bg-neutral",
};

/** One number of the portfolio, and a door to exactly the items it counts. */
export function KpiTile({
  label,
  value,
  detail,
  description,
  href,
  tone,
  testId,
}: {
  label: string;
  value: string;
  /** A second figure beside the number ("of 1,204"). */
  detail?: string;
  description: string;
  href: string;
  tone: StatusTone;
  testId: string;
}) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="group relative flex flex-col gap-1 overflow-hidden rounded-lg border border-border bg-card p-4 shadow-card outline-none transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
    >
      <span aria-hidden className={cn("absolute inset-y-0 left-0 w-1", accent[tone])} />
      <span className="text-sm text-muted-foreground">{label}</span>
      <span className="flex items-baseline gap-2">
        <span className="text-2xl font-semibold tabular-nums" data-testid={`${testId}-value`}>
          {value}
        </span>
        {detail && <span className="text-sm text-muted-foreground">{detail}</span>}
      </span>
      <span className="hidden text-xs text-muted-foreground sm:block">{description}</span>
    </Link>
  );
}
