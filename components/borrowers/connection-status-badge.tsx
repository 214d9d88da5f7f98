import { Badge } from "@/components/ui/badge";
import { connectionStatusLabel, connectionStatusLabels } from "@/lib/axle/connection-status-labels";

/** The carrier connection's status as Axle reports it, in words. */
export function ConnectionStatusBadge({ status }: { status: string }) {
  return (
    <Badge
      variant={connectionStatusLabels[status]?.tone ?? "neutral"}
      testId="connection-status"
      data-status={status}
    >
      {connectionStatusLabel(status)}
    </Badge>
  );
}
