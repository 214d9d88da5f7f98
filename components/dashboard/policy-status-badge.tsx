import { Badge } from "@/components/ui/badge";

export function PolicyStatusBadge({
  isActive,
  isMonitoring,
}: {
  isActive: boolean | null;
  isMonitoring: boolean;
}) {
  if (!isMonitoring)
    return (
      <Badge tone="slate" testId="policy-status">
        monitoring stopped
      </Badge>
    );
  if (isActive === true)
    return (
      <Badge tone="green" testId="policy-status">
        active
      </Badge>
    );
  if (isActive === false)
    return (
      <Badge tone="red" testId="policy-status">
        inactive
      </Badge>
    );
  return (
    <Badge tone="amber" testId="policy-status">
      unknown
    </Badge>
  );
}
