import { Badge } from "@/components/ui/badge";
import type { ComplianceStatus } from "@/generated/prisma/enums";
import { complianceStatusLabels } from "@/lib/borrowers/compliance-status-labels";

/** A borrower's compliance status, in words and colour; the reason goes beside it, where there is room. */
export function ComplianceStatusBadge({
  status,
  testId = "compliance-status",
}: {
  status: ComplianceStatus;
  testId?: string;
}) {
  const { label, tone } = complianceStatusLabels[status];
  return (
    <Badge variant={tone} dot testId={testId} data-status={status}>
      {label}
    </Badge>
  );
}
