import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SlackDeliveryStatus } from "@/generated/prisma/enums";
import { formatTimeAgo } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
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

/**
 * A channel's or endpoint's last delivery in its row: its status and how long ago, linking to the delivery log;
 * "None yet" before the first.
 */
export function LastDeliveryLink({
  href,
  name,
  delivery,
  now,
  testId,
}: {
  href: string;
  /** What the log is of, for screen readers: the channel's name, the endpoint's URL. */
  name: string;
  delivery: { status: SlackDeliveryStatus; attempts: number; createdAt: Date } | null;
  now: Date;
  testId: string;
}) {
  if (!delivery) return <span className="text-muted-foreground">None yet</span>;
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-2 rounded-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
    >
      <span className="sr-only">Delivery log of {name}:</span>
      <DeliveryStatusBadge delivery={delivery} testId={testId} />
      <time dateTime={delivery.createdAt.toISOString()} title={utcStamp(delivery.createdAt)}>
        {formatTimeAgo(delivery.createdAt, now)}
      </time>
    </Link>
  );
}
