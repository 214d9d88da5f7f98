import { Badge } from "@/components/ui/badge";

/** Whether the carrier reports the policy active; unknown when it does not say (a hand-entered policy). */
export function PolicyStatusBadge({
  isActive,
  isMonitoring,
}: {
  isActive: boolean | null;
  isMonitoring: boolean;
}) {
  if (!isMonitoring)
    return (
      <Badge variant="neutral" dot testId="policy-status">
        Monitoring stopped
      </Badge>
    );
  if (isActive === true)
    return (
      <Badge variant="success" dot testId="policy-status">
        Active
      </Badge>
    );
  if (isActive === false)
    return (
      <Badge variant="danger" dot testId="policy-status">
        Inactive
      </Badge>
    );
  return (
    <Badge
      variant="warning"
      dot
      testId="policy-status"
      title="The carrier does not report whether it is active"
    >
      Unknown
    </Badge>
  );
}
