import { machineRoute } from "@/lib/server/http/machine-route";
import { receiveWebhook } from "@/lib/server/webhooks/receive-webhook";

// Axle's webhooks: the event and its job are stored in one transaction, then 200. A queue worker processes it.
export const POST = machineRoute(async (request) => {
  const { isDuplicate } = await receiveWebhook(request);
  return Response.json({ received: true, duplicate: isDuplicate });
});
