import { after } from "next/server";
import { machineRoute } from "@/lib/server/http/machine-route";
import { processWebhookEvent } from "@/lib/server/webhooks/process-webhook-event";
import { receiveWebhook } from "@/lib/server/webhooks/receive-webhook";

// Axle's webhooks: store first, answer 200, process after the answer.
export const POST = machineRoute(async (request) => {
  const { eventId, isDuplicate } = await receiveWebhook(request);
  if (!isDuplicate) after(() => processWebhookEvent(eventId));
  return Response.json({ received: true, duplicate: isDuplicate });
});
