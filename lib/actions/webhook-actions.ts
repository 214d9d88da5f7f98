"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { webhookEndpointInputSchema } from "@/lib/integrations/webhook-endpoint-input";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { changeWebhookEvents } from "@/lib/server/integrations/change-webhook-events";
import { createWebhookEndpoint } from "@/lib/server/integrations/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/integrations/delete-webhook-endpoint";
import {
  replayFailedWebhookDeliveries,
  replayWebhookDelivery,
} from "@/lib/server/integrations/replay-webhook-deliveries";
import { rotateWebhookSecret } from "@/lib/server/integrations/rotate-webhook-secret";
import { sendWebhookTestEvent } from "@/lib/server/integrations/send-webhook-test-event";
import { setWebhookEndpointEnabled } from "@/lib/server/integrations/set-webhook-endpoint-enabled";

// The webhook settings' forms (admins only). Each operation writes its own audit row.

/** What adding an endpoint or rotating its secret answers: the secret, this once. */
export type SecretState = ActionState & { secret?: string; endpointId?: string };

const revalidateWebhooks = () => revalidatePath("/settings/webhooks", "layout");

export async function createWebhookEndpointAction(
  _previous: SecretState,
  form: FormData,
): Promise<SecretState> {
  const values = submittedValues(form);
  const eventTypes = form.getAll("eventTypes").map(String);
  // The checkboxes come back as one comma-separated value, so a refusal keeps them ticked.
  const kept = { ...values, eventTypes: eventTypes.join(",") };
  try {
    const actor = await requireActionPermission("integrations.manage");
    const parsed = webhookEndpointInputSchema.safeParse({ ...values, eventTypes });
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values: kept,
      };
    const endpoint = await createWebhookEndpoint({ input: parsed.data, actor });
    revalidateWebhooks();
    return {
      notice: `${endpoint.url} is added. Copy its signing secret now: it is not shown again.`,
      secret: endpoint.secret,
      endpointId: endpoint.id,
    };
  } catch (error) {
    const refused = actionError(error);
    return { ...refused, fieldErrors: refused.error ? { url: refused.error } : undefined, values: kept };
  }
}

export async function rotateWebhookSecretAction(endpointId: string): Promise<SecretState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { secret } = await rotateWebhookSecret({ endpointId, actor });
    revalidateWebhooks();
    return {
      notice: "A new secret signs from now on; the previous one also signs for 24 hours. Copy it now.",
      secret,
      endpointId,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function setWebhookEndpointEnabledAction(
  endpointId: string,
  isEnabled: boolean,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    await setWebhookEndpointEnabled({ endpointId, isEnabled, actor });
    revalidateWebhooks();
    return {
      notice: isEnabled ? "The endpoint is enabled." : "The endpoint is disabled: nothing more is sent.",
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function deleteWebhookEndpointAction(endpointId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    await deleteWebhookEndpoint({ endpointId, actor });
    revalidateWebhooks();
    return { notice: "The endpoint is deleted, with its secret and delivery log." };
  } catch (error) {
    return actionError(error);
  }
}

export async function sendWebhookTestEventAction(endpointId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    await sendWebhookTestEvent({ endpointId, actor });
    revalidateWebhooks();
    return { notice: "A test event is on its way. The delivery log shows how it went." };
  } catch (error) {
    return actionError(error);
  }
}

export async function replayWebhookDeliveryAction(
  endpointId: string,
  deliveryId: string,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    await replayWebhookDelivery({ endpointId, deliveryId, actor });
    revalidateWebhooks();
    return { notice: "The delivery is sent again." };
  } catch (error) {
    return actionError(error);
  }
}

export async function replayFailedWebhookDeliveriesAction(
  endpointId: string,
  sinceHours: number,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const since = new Date(Date.now() - Math.max(1, Math.min(24 * 30, sinceHours)) * 60 * 60 * 1000);
    const { count } = await replayFailedWebhookDeliveries({ endpointId, since, actor });
    revalidateWebhooks();
    return {
      notice: count === 0 ? "No failed delivery in that time." : `${count} failed deliveries are sent again.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeWebhookEventsAction(
  endpointId: string,
  eventTypes: string[],
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { changed } = await changeWebhookEvents({ endpointId, eventTypes, actor });
    revalidateWebhooks();
    return {
      notice: changed ? "The endpoint hears about the chosen events from now on." : "Nothing changed.",
    };
  } catch (error) {
    return actionError(error);
  }
}
