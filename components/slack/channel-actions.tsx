"use client";

import { Bell, BellOff, MoreHorizontal, Send, SlidersHorizontal, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/sonner";
import type { Severity } from "@/generated/prisma/enums";
import type { ActionState } from "@/lib/action-state";
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

async function run(action: () => Promise<ActionState>) {
  const result = await action();
  if (result.notice) toast.success(result.notice);
  return result;
}

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
    onConfirm: () => run(() => sendSlackTestMessageAction(channel.id)),
  };
}

/** The actions on one channel, each behind a confirmation that says what happens and where. */
export function ChannelActions({ channel }: { channel: ChannelSummary }) {
  const [open, setOpen] = useState<Kind | null>(null);
  const [severity, setSeverity] = useState<Severity>(channel.minSeverity);
  const severityId = useId();

  const dialogs: Record<Kind, Parameters<typeof ConfirmDialog>[0]> = {
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
      onConfirm: () => run(() => changeSlackThresholdAction(channel.id, severity)),
    },
    toggle: channel.isEnabled
      ? {
          title: `Disable ${channel.name}?`,
          description: `Nothing more is posted to ${channel.name}, including messages still waiting to be sent. Its settings and delivery log stay; you can enable it again.`,
          confirmLabel: "Disable",
          pendingLabel: "Disabling…",
          destructive: true,
          onConfirm: () => run(() => setSlackChannelEnabledAction(channel.id, false)),
        }
      : {
          title: `Enable ${channel.name}?`,
          description: `${channel.name} hears about violations that open from now on (${thresholdLabel(channel.minSeverity).toLowerCase()}). Messages skipped while it was disabled are not sent.`,
          confirmLabel: "Enable",
          pendingLabel: "Enabling…",
          onConfirm: () => run(() => setSlackChannelEnabledAction(channel.id, true)),
        },
    delete: {
      title: `Delete ${channel.name}?`,
      description: `Coverwatch forgets this channel's webhook URL and its delivery log, and posts nothing more to it. To post there again, an admin adds it with a webhook URL from Slack.`,
      confirmLabel: "Delete channel",
      pendingLabel: "Deleting…",
      destructive: true,
      onConfirm: () => run(() => deleteSlackChannelAction(channel.id)),
    },
  };

  const choose = (kind: Kind) => () => {
    if (kind === "threshold") setSeverity(channel.minSeverity);
    setOpen(kind);
  };

  return (
    <>
      {/* Not modal: the menu hands focus to the dialog it opens without leaving the page inert. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Actions for ${channel.name}`}
            data-testid="slack-channel-actions"
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {channel.isEnabled && (
            <DropdownMenuItem onSelect={choose("test")} data-testid="slack-action-test">
              <Send aria-hidden /> Send a test message…
            </DropdownMenuItem>
          )}
          <DropdownMenuItem onSelect={choose("threshold")} data-testid="slack-action-threshold">
            <SlidersHorizontal aria-hidden /> Change threshold…
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={choose("toggle")} data-testid="slack-action-toggle">
            {channel.isEnabled ? <BellOff aria-hidden /> : <Bell aria-hidden />}
            {channel.isEnabled ? "Disable…" : "Enable…"}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={choose("delete")} data-testid="slack-action-delete">
            <Trash2 aria-hidden /> Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open && (
        <ConfirmDialog
          {...dialogs[open]}
          open
          onOpenChange={(isOpen) => {
            if (!isOpen) setOpen(null);
          }}
          confirmTestId={`slack-${open}-confirm`}
        />
      )}
    </>
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
