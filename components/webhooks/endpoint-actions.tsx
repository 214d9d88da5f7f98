"use client";

import { Bell, BellOff, KeyRound, ListChecks, Send, Trash2 } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  ConfirmedActionsMenu,
  type MenuDialog,
  menuItem,
  runConfirmed,
} from "@/components/ui/confirmed-actions-menu";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  changeWebhookEventsAction,
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendWebhookTestEventAction,
  setWebhookEndpointEnabledAction,
} from "@/lib/actions/webhook-actions";
import { EventTypeChoices } from "./event-type-choices";
import { SecretReveal } from "./secret-reveal";

export type EndpointSummary = { id: string; url: string; isEnabled: boolean; eventTypes: string[] };

type Kind = "test" | "events" | "rotate" | "toggle" | "delete";

/** What sending a test event does, said the same in the menu's dialog and the endpoint page's button. */
function testEventDialog(endpoint: EndpointSummary) {
  return {
    title: "Send a test event?",
    description: (
      <>
        A <code>webhook.test</code> event, signed like any other, is sent to{" "}
        <strong className="break-all text-foreground">{endpoint.url}</strong>. Its delivery shows in the
        endpoint's log.
      </>
    ),
    confirmLabel: "Send test event",
    pendingLabel: "Sending…",
    onConfirm: () => runConfirmed(() => sendWebhookTestEventAction(endpoint.id)),
  };
}

/** The actions on one endpoint, each behind a confirmation that says what happens and where. */
export function EndpointActions({ endpoint }: { endpoint: EndpointSummary }) {
  const [secret, setSecret] = useState<string | null>(null);
  const [events, setEvents] = useState<ReadonlySet<string>>(new Set(endpoint.eventTypes));
  const eventsId = useId();
  const dialogs: Record<Kind, MenuDialog> = {
    test: testEventDialog(endpoint),
    events: {
      title: "Change the events?",
      description: `${endpoint.url} hears about the events ticked here from the next one on.`,
      body: (
        <EventTypeChoices
          idPrefix={eventsId}
          selected={events}
          onChange={(type, isChecked) =>
            setEvents((current) => {
              const next = new Set(current);
              if (isChecked) next.add(type);
              else next.delete(type);
              return next;
            })
          }
        />
      ),
      isConfirmDisabled: events.size === 0,
      confirmLabel: "Change events",
      pendingLabel: "Changing…",
      onConfirm: () => runConfirmed(() => changeWebhookEventsAction(endpoint.id, [...events])),
    },
    rotate: {
      title: "Rotate the signing secret?",
      description:
        "A new secret is made and shown once. For 24 hours every request is signed with both the new and the current secret, so your receiver can switch without refusing a delivery; then only the new one signs.",
      confirmLabel: "Rotate secret",
      pendingLabel: "Rotating…",
      onConfirm: async () => {
        const result = await runConfirmed(() => rotateWebhookSecretAction(endpoint.id));
        if (result.secret) setSecret(result.secret);
        return result;
      },
    },
    toggle: endpoint.isEnabled
      ? {
          title: "Disable this endpoint?",
          description: `Nothing more is sent to ${endpoint.url}, including deliveries still waiting. Its settings and delivery log stay; you can enable it again.`,
          confirmLabel: "Disable",
          pendingLabel: "Disabling…",
          destructive: true,
          onConfirm: () => runConfirmed(() => setWebhookEndpointEnabledAction(endpoint.id, false)),
        }
      : {
          title: "Enable this endpoint?",
          description: `${endpoint.url} hears about events from now on. Deliveries not sent while it was disabled can be replayed from its log.`,
          confirmLabel: "Enable",
          pendingLabel: "Enabling…",
          onConfirm: () => runConfirmed(() => setWebhookEndpointEnabledAction(endpoint.id, true)),
        },
    delete: {
      title: "Delete this endpoint?",
      description: `Coverwatch forgets ${endpoint.url}, its secret and its delivery log, and sends nothing more there.`,
      confirmLabel: "Delete endpoint",
      pendingLabel: "Deleting…",
      destructive: true,
      onConfirm: () => runConfirmed(() => deleteWebhookEndpointAction(endpoint.id)),
    },
  };
  const actions = [
    ...(endpoint.isEnabled
      ? [
          menuItem(
            "test",
            <>
              <Send aria-hidden /> Send a test event…
            </>,
          ),
        ]
      : []),
    menuItem(
      "events",
      <>
        <ListChecks aria-hidden /> Change events…
      </>,
    ),
    menuItem(
      "rotate",
      <>
        <KeyRound aria-hidden /> Rotate secret…
      </>,
    ),
    menuItem(
      "toggle",
      endpoint.isEnabled ? (
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
    <>
      <ConfirmedActionsMenu
        label={`Actions for ${endpoint.url}`}
        testId="webhook-endpoint-actions"
        items={actions}
        dialogs={dialogs}
        itemTestId={(key) => `webhook-action-${key}`}
        onChoose={(key) => {
          if (key === "events") setEvents(new Set(endpoint.eventTypes));
        }}
        confirmTestId={(key) => `webhook-${key}-confirm`}
      />
      <Dialog open={secret !== null} onOpenChange={(isOpen) => !isOpen && setSecret(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>The new signing secret</DialogTitle>
            <DialogDescription>Shown once. The previous secret also signs for 24 hours.</DialogDescription>
          </DialogHeader>
          {secret && <SecretReveal secret={secret} note="Deploy it to your receiver within the day." />}
        </DialogContent>
      </Dialog>
    </>
  );
}

/** The endpoint page's own button for a test event. */
export function SendTestEventButton({ endpoint }: { endpoint: EndpointSummary }) {
  return (
    <ConfirmDialog {...testEventDialog(endpoint)} confirmTestId="webhook-test-confirm">
      <Button variant="outline" disabled={!endpoint.isEnabled} data-testid="webhook-send-test">
        <Send aria-hidden /> Send a test event
      </Button>
    </ConfirmDialog>
  );
}
