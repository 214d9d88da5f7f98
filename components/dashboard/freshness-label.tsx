import { Badge } from "@/components/ui/badge";
import { describeFreshness } from "@/lib/freshness";

/** `refreshedAt` as an age ("3 hours ago"), marked stale past the configured age. */
export function FreshnessLabel({
  refreshedAt,
  now,
  staleAfterHours,
}: {
  refreshedAt: Date;
  now: Date;
  staleAfterHours: number;
}) {
  const freshness = describeFreshness(refreshedAt, now, staleAfterHours);
  return (
    <span
      className="inline-flex items-center gap-2"
      title={refreshedAt.toISOString()}
      data-testid="freshness"
    >
      <span>{freshness.label}</span>
      {freshness.isStale && (
        <Badge tone="amber" testId="stale">
          stale
        </Badge>
      )}
    </span>
  );
}
