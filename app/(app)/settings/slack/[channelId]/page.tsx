import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeliveryLogView } from "@/components/slack/delivery-log-view";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import type { RawSearchParams } from "@/lib/search-params";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getSlackChannel } from "@/lib/server/slack/get-slack-channel";
import {
  deliveryListHref,
  listSlackDeliveries,
  parseDeliveryListParams,
} from "@/lib/server/slack/list-slack-deliveries";

type Props = { params: Promise<{ channelId: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const channel = await getSlackChannel((await params).channelId);
  return { title: channel ? `${channel.name} · Slack` : "Slack" };
}

export default async function SlackChannelPage({ params, searchParams }: Props) {
  await requirePagePermission("integrations.manage");
  const [{ channelId }, query] = await Promise.all([params, searchParams]);
  const channel = await getSlackChannel(channelId);
  if (!channel) notFound();
  const { size, cursor, isCursorIgnored } = parseDeliveryListParams(query);
  const page = await listSlackDeliveries(channel.id, { size, cursor });
  const href = (change: { cursor?: string; size?: number }) =>
    deliveryListHref(channel.id, { size: change.size ?? size, cursor: change.cursor });
  return (
    <DeliveryLogView
      channel={channel}
      page={page}
      size={size}
      notices={isCursorIgnored ? [noticeForBadCursor] : []}
      href={href}
    />
  );
}
