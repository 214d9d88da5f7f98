import { Badge } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
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
      className="inline-flex items-center gap-2 whitespace-nowrap"
      title={`Refreshed by the carrier ${utcStamp(refreshedAt)}`}
      data-testid="freshness"
    >
      <span>{freshness.label}</span>
      {freshness.isStale && (
        <Badge variant="warning" testId="stale">
          Stale
        </Badge>
      )}
    </span>
  );
}
