"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { changeSlackThreshold } from "@/lib/server/slack/change-slack-threshold";
import { createSlackChannel } from "@/lib/server/slack/create-slack-channel";
import { deleteSlackChannel } from "@/lib/server/slack/delete-slack-channel";
import { sendSlackTestMessage } from "@/lib/server/slack/send-slack-test-message";
import { setSlackChannelEnabled } from "@/lib/server/slack/set-slack-channel-enabled";
import { slackChannelInputSchema } from "@/lib/slack/slack-channel-input";

// The Slack settings' forms (admins only). Each operation writes its own audit row.

/** The section, with each channel's page under it. */
const revalidateSlack = () => revalidatePath("/settings/slack", "layout");

export async function createSlackChannelAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("integrations.manage");
    const parsed = slackChannelInputSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    const { name } = await createSlackChannel({ input: parsed.data, actor });
    revalidateSlack();
    return { notice: `${name} is added. Send it a test message to check the webhook.` };
  } catch (error) {
    return { ...actionError(error), values };
  }
}

export async function changeSlackThresholdAction(
  channelId: string,
  minSeverity: string,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { name, minSeverity: threshold } = await changeSlackThreshold({ channelId, minSeverity, actor });
    revalidateSlack();
    return {
      notice: `${name} now hears about ${severityLabels[threshold].label.toLowerCase()} violations and above.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function setSlackChannelEnabledAction(
  channelId: string,
  isEnabled: boolean,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { name } = await setSlackChannelEnabled({ channelId, isEnabled, actor });
    revalidateSlack();
    return {
      notice: isEnabled ? `${name} is enabled.` : `${name} is disabled: nothing more is posted there.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function deleteSlackChannelAction(channelId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { name } = await deleteSlackChannel({ channelId, actor });
    revalidateSlack();
    return { notice: `${name} is deleted, with its webhook URL and delivery log.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function sendSlackTestMessageAction(channelId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { name } = await sendSlackTestMessage({ channelId, actor });
    revalidateSlack();
    return { notice: `A test message is on its way to ${name}. Its delivery log shows how it went.` };
  } catch (error) {
    return actionError(error);
  }
}
