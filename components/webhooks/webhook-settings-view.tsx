import { Webhook } from "lucide-react";
import Link from "next/link";
import { LastDeliveryLink } from "@/components/slack/delivery-status-badge";
import { RefreshWhilePending } from "@/components/slack/refresh-while-pending";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { eventTypeLabel } from "@/lib/integrations/event-type-labels";
import type { WebhookEndpointRow } from "@/lib/server/integrations/list-webhook-endpoints";
import { AddEndpointForm } from "./add-endpoint-form";
import { EndpointActions } from "./endpoint-actions";

/** The lender's systems told about events by signed webhooks: add one, test it, read its log. */
export function WebhookSettingsView({ endpoints, now }: { endpoints: WebhookEndpointRow[]; now: Date }) {
  const isAnyPending = endpoints.some((endpoint) => endpoint.lastDelivery?.status === "PENDING");
  return (
    <section>
      <RefreshWhilePending isPending={isAnyPending} />
      <PageHeader
        title="Webhooks"
        description="Your systems hear about violations, status changes, policy changes and connections as signed HTTP requests (Standard Webhooks). Changes are recorded in the audit log."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Add an endpoint</CardTitle>
          <CardDescription>
            Coverwatch POSTs each event as JSON, signed with the endpoint's own secret, and tries again for
            about three days when it fails.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <AddEndpointForm />
        </CardContent>
      </Card>
      {endpoints.length === 0 ? (
        <EmptyState
          testId="webhooks-empty"
          icon={<Webhook />}
          title="No endpoint yet"
          description="Add an endpoint above: the events it subscribes to are sent there from then on."
        />
      ) : (
        <Table data-testid="webhook-endpoints" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Endpoint</TableHead>
              <TableHead>State</TableHead>
              <TableHead>Last delivery</TableHead>
              <TableHead>Events</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {endpoints.map((endpoint) => (
              <TableRow key={endpoint.id} data-testid="webhook-endpoint-row">
                <TableCell className="min-w-48">
                  <Link
                    href={`/settings/webhooks/${endpoint.id}`}
                    className="font-medium break-all text-foreground underline-offset-4 hover:underline"
                    data-testid="webhook-endpoint-url"
                  >
                    {endpoint.url}
                  </Link>
                  {endpoint.description && (
                    <div className="text-xs break-words text-muted-foreground">{endpoint.description}</div>
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <EndpointState endpoint={endpoint} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LastDeliveryLink
                    href={`/settings/webhooks/${endpoint.id}`}
                    name={endpoint.url}
                    delivery={endpoint.lastDelivery}
                    now={now}
                    testId="webhook-last-status"
                  />
                </TableCell>
                <TableCell className="min-w-40 text-xs">
                  {endpoint.eventTypes.map(eventTypeLabel).join(", ")}
                </TableCell>
                <TableCell className="w-0 text-right">
                  <EndpointActions
                    endpoint={{
                      id: endpoint.id,
                      url: endpoint.url,
                      isEnabled: endpoint.isEnabled,
                      eventTypes: endpoint.eventTypes,
                    }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** Enabled, disabled by an admin, or disabled by Coverwatch after five days of failures (with the reason). */
export function EndpointState({
  endpoint,
}: {
  endpoint: { isEnabled: boolean; disabledReason: string | null };
}) {
  if (endpoint.isEnabled)
    return (
      <Badge variant="success" dot testId="webhook-endpoint-state">
        Enabled
      </Badge>
    );
  return (
    <span className="inline-flex flex-col gap-0.5">
      <Badge variant={endpoint.disabledReason ? "danger" : "neutral"} dot testId="webhook-endpoint-state">
        {endpoint.disabledReason ? "Disabled automatically" : "Disabled"}
      </Badge>
      {endpoint.disabledReason && (
        <span className="text-xs text-muted-foreground">{endpoint.disabledReason}</span>
      )}
    </span>
  );
}
