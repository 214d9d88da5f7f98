import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WebhookDeliveryLogView } from "@/components/webhooks/webhook-delivery-log-view";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import type { RawSearchParams } from "@/lib/search-params";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import {
  listWebhookDeliveries,
  webhookDeliveryListHref,
} from "@/lib/server/integrations/list-webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/server/integrations/list-webhook-endpoints";
import { parseDeliveryListParams } from "@/lib/server/slack/list-slack-deliveries";

type Props = { params: Promise<{ endpointId: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const endpoint = await getWebhookEndpoint((await params).endpointId);
  return { title: endpoint ? `${endpoint.description || endpoint.url} · Webhooks` : "Webhooks" };
}

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  await requirePagePermission("integrations.manage");
  const [{ endpointId }, query] = await Promise.all([params, searchParams]);
  const endpoint = await getWebhookEndpoint(endpointId);
  if (!endpoint) notFound();
  const { size, cursor, isCursorIgnored } = parseDeliveryListParams(query);
  const page = await listWebhookDeliveries(endpoint.id, { size, cursor });
  const href = (change: { cursor?: string; size?: number }) =>
    webhookDeliveryListHref(endpoint.id, { size: change.size ?? size, cursor: change.cursor });
  return (
    <WebhookDeliveryLogView
      endpoint={endpoint}
      page={page}
      size={size}
      notices={isCursorIgnored ? [noticeForBadCursor] : []}
      href={href}
    />
  );
}
