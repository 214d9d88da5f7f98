import "server-only";
import { slackChannelInputSchema } from "@/lib/slack/slack-channel-input";
import { webhookUrlHint } from "@/lib/slack/webhook-url";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { encryptToken } from "../crypto/token-cipher";
import { db } from "../db";

/** Adds a channel, enabled: its webhook URL stored encrypted, its hint in the clear, and the audit row. */
export async function createSlackChannel({ input, actor }: { input: unknown; actor: CurrentUser }) {
  const { name, webhookUrl, minSeverity } = slackChannelInputSchema.parse(input);
  const hint = webhookUrlHint(webhookUrl);
  return db.$transaction(async (tx) => {
    const channel = await tx.slackChannel.create({
      data: {
        name,
        webhookUrlEncrypted: encryptToken(webhookUrl),
        webhookUrlHint: hint,
        minSeverity,
        createdById: actor.id,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "slack-channel.created",
      targetType: "SlackChannel",
      targetId: channel.id,
      details: { name, minSeverity, webhook: hint },
    });
    return channel;
  });
}
