import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { storeEmail } from "../email/send-email";
import { enqueueEmail } from "../email/send-email-job";
import { env } from "../env";
import { log } from "../log";

/** An endpoint whose every attempt has failed for this long is disabled. */
export const failingDaysBeforeDisable = 5;
const failingMs = failingDaysBeforeDisable * 24 * 60 * 60 * 1000;

/**
 * Counts a failed attempt against its endpoint: the first failure after a success starts the clock; when every
 * attempt has failed for five days, the endpoint is disabled (its waiting deliveries are then skipped), with its
 * audit row and an email to each active admin, all in one transaction. Only one caller ever disables it.
 */
export async function disableFailingEndpoint(endpointId: string, now: Date) {
  await db.webhookEndpoint.updateMany({
    where: { id: endpointId, failingSince: null },
    data: { failingSince: now },
  });
  await db.$transaction(async (tx) => {
    const reason = `Every delivery failed for ${failingDaysBeforeDisable} days.`;
    const disabled = await tx.webhookEndpoint.updateManyAndReturn({
      where: { id: endpointId, isEnabled: true, failingSince: { lte: new Date(now.getTime() - failingMs) } },
      data: { isEnabled: false, disabledReason: reason },
      select: { id: true, url: true, failingSince: true },
    });
    const [endpoint] = disabled;
    if (!endpoint) return;
    await recordAudit(tx, {
      actor: "system",
      action: "webhook-endpoint.auto-disabled",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      details: { url: endpoint.url, failingSince: endpoint.failingSince?.toISOString() ?? null },
    });
    const admins = await tx.user.findMany({
      where: { role: "ADMIN", disabledAt: null },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    const page = new URL(`/settings/webhooks/${endpoint.id}`, env.APP_URL).toString();
    for (const admin of admins) {
      const email = await storeEmail(tx, {
        to: admin.email,
        subject: "Coverwatch disabled a webhook endpoint that kept failing",
        text: [
          `Every delivery to ${endpoint.url} has failed since ${endpoint.failingSince?.toISOString()},`,
          `so Coverwatch disabled the endpoint: it gets no new events until an admin enables it again.`,
          "",
          `The delivery log says why each attempt failed, and lets you replay the failures once it works: ${page}`,
        ].join("\n"),
      });
      await enqueueEmail(tx, email.id);
    }
    log.warn("webhook endpoint disabled after failing", { endpointId: endpoint.id, admins: admins.length });
  });
}
