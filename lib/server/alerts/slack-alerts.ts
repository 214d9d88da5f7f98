import "server-only";
import { thresholdsReachedBy } from "@/lib/alerts/severity-threshold";
import { violationMessage } from "@/lib/slack/slack-message";
import type { Tx } from "../db";
import { env } from "../env";
import { enqueueSlackDelivery } from "../slack/slack-delivery-job";
import type { OpenedViolation } from "./user-alerts";

/**
 * Each enabled Slack channel whose threshold the violation's severity reaches gets one message (issue 13, §2):
 * a delivery row, unique per channel and violation, and its `slack-delivery` job, both in the caller's
 * transaction. A retried job finds the rows already there and enqueues nothing again.
 */
export async function recordSlackAlerts(tx: Tx, violation: OpenedViolation): Promise<void> {
  const channels = await tx.slackChannel.findMany({
    where: { isEnabled: true, minSeverity: { in: thresholdsReachedBy(violation.severity) } },
    select: { id: true },
  });
  if (channels.length === 0) return;
  const recordUrl = new URL(`/borrowers/${violation.borrower.id}`, env.APP_URL).toString();
  const payload = violationMessage(violation, recordUrl);
  const recorded = await tx.slackDelivery.createManyAndReturn({
    data: channels.map((channel) => ({
      channelId: channel.id,
      kind: "VIOLATION" as const,
      violationId: violation.id,
      payload,
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  for (const delivery of recorded) await enqueueSlackDelivery(tx, delivery.id);
}
