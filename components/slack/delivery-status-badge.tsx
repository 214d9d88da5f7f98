import { Badge } from "@/components/ui/badge";
import type { SlackDeliveryStatus } from "@/generated/prisma/enums";
import { deliveryStatusLabel } from "@/lib/slack/delivery-status-labels";

export function DeliveryStatusBadge({
  delivery,
  testId,
}: {
  delivery: { status: SlackDeliveryStatus; attempts: number };
  testId?: string;
}) {
  const { label, tone } = deliveryStatusLabel(delivery);
  return (
    <Badge variant={tone} dot testId={testId}>
      {label}
    </Badge>
  );
}
