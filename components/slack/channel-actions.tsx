"use client";

import { Bell, BellOff, Send, SlidersHorizontal, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  ConfirmedActionsMenu,
  type MenuDialog,
  menuItem,
  runConfirmed,
} from "@/components/ui/confirmed-actions-menu";
import type { Severity } from "@/generated/prisma/enums";
import {
  changeSlackThresholdAction,
  deleteSlackChannelAction,
  sendSlackTestMessageAction,
  setSlackChannelEnabledAction,
} from "@/lib/actions/slack-actions";
import { thresholdLabel } from "@/lib/alerts/severity-threshold";
import { SeveritySelect } from "./severity-select";

export type ChannelSummary = {
  id: string;
  name: string;
  webhookUrlHint: string;
  minSeverity: Severity;
  isEnabled: boolean;
};

type Kind = "test" | "threshold" | "toggle" | "delete";

/** What sending a test message does, said the same in the menu's dialog and the channel page's button. */
function testMessageDialog(channel: ChannelSummary) {
  return {
    title: `Send a test message to ${channel.name}?`,
    description: (
      <>
        A message saying the webhook works is posted to{" "}
        <strong className="text-foreground">{channel.name}</strong> through its webhook (
        <span className="whitespace-nowrap">{channel.webhookUrlHint}</span>). Everyone in the channel sees it.
        Its delivery shows in the channel's log.
      </>
    ),
    confirmLabel: "Send test message",
    pendingLabel: "Sending…",
    onConfirm: () => runConfirmed(() => sendSlackTestMessageAction(channel.id)),
  };
}

/** The actions on one channel, each behind a confirmation that says what happens and where. */
export function ChannelActions({ channel }: { channel: ChannelSummary }) {
  const [severity, setSeverity] = useState<Severity>(channel.minSeverity);
  const severityId = useId();

  const dialogs: Record<Kind, MenuDialog> = {
    test: testMessageDialog(channel),
    threshold: {
      title: `Change ${channel.name}'s threshold?`,
      description: "Violations that open from now on are posted when they reach the new threshold.",
      body: (
        <div className="grid gap-1.5 text-sm">
          <label htmlFor={severityId} className="font-medium">
            Threshold
          </label>
          <SeveritySelect
            id={severityId}
            value={severity}
            onValueChange={setSeverity}
            testId="slack-threshold-select"
          />
        </div>
      ),
      confirmLabel: "Change threshold",
      pendingLabel: "Changing…",
      onConfirm: () => runConfirmed(() => changeSlackThresholdAction(channel.id, severity)),
    },
    toggle: channel.isEnabled
      ? {
          title: `Disable ${channel.name}?`,
          description: `Nothing more is posted to ${channel.name}, including messages still waiting to be sent. Its settings and delivery log stay; you can enable it again.`,
          confirmLabel: "Disable",
          pendingLabel: "Disabling…",
          destructive: true,
          onConfirm: () => runConfirmed(() => setSlackChannelEnabledAction(channel.id, false)),
        }
      : {
          title: `Enable ${channel.name}?`,
          description: `${channel.name} hears about violations that open from now on (${thresholdLabel(channel.minSeverity).toLowerCase()}). Messages skipped while it was disabled are not sent.`,
          confirmLabel: "Enable",
          pendingLabel: "Enabling…",
          onConfirm: () => runConfirmed(() => setSlackChannelEnabledAction(channel.id, true)),
        },
    delete: {
      title: `Delete ${channel.name}?`,
      description: `Coverwatch forgets this channel's webhook URL and its delivery log, and posts nothing more to it. To post there again, an admin adds it with a webhook URL from Slack.`,
      confirmLabel: "Delete channel",
      pendingLabel: "Deleting…",
      destructive: true,
      onConfirm: () => runConfirmed(() => deleteSlackChannelAction(channel.id)),
    },
  };

  const actions = [
    ...(channel.isEnabled
      ? [
          menuItem(
            "test",
            <>
              <Send aria-hidden /> Send a test message…
            </>,
          ),
        ]
      : []),
    menuItem(
      "threshold",
      <>
        <SlidersHorizontal aria-hidden /> Change threshold…
      </>,
    ),
    menuItem(
      "toggle",
      channel.isEnabled ? (
        <>
          <BellOff aria-hidden /> Disable…
        </>
      ) : (
        <>
          <Bell aria-hidden /> Enable…
        </>
      ),
    ),
    menuItem(
      "delete",
      <>
        <Trash2 aria-hidden /> Delete…
      </>,
      true,
    ),
  ];

  return (
    <ConfirmedActionsMenu
      label={`Actions for ${channel.name}`}
      testId="slack-channel-actions"
      items={actions}
      dialogs={dialogs}
      itemTestId={(key) => `slack-action-${key}`}
      onChoose={(key) => {
        if (key === "threshold") setSeverity(channel.minSeverity);
      }}
      confirmTestId={(key) => `slack-${key}-confirm`}
    />
  );
}

/** The channel page's own button for a test message. */
export function SendTestMessageButton({ channel }: { channel: ChannelSummary }) {
  return (
    <ConfirmDialog {...testMessageDialog(channel)} confirmTestId="slack-test-confirm">
      <Button variant="outline" disabled={!channel.isEnabled} data-testid="slack-send-test">
        <Send aria-hidden /> Send a test message
      </Button>
    </ConfirmDialog>
  );
}
