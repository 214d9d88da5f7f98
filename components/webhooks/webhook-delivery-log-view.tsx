import { Send } from "lucide-react";
import { DeliveryStatusBadge } from "@/components/slack/delivery-status-badge";
import { RefreshWhilePending } from "@/components/slack/refresh-while-pending";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { utcStamp } from "@/lib/format-time";
import { eventTypeLabel } from "@/lib/integrations/event-type-labels";
import type { WebhookDeliveryPage } from "@/lib/server/integrations/list-webhook-deliveries";
import type { WebhookEndpointDetail } from "@/lib/server/integrations/list-webhook-endpoints";
import { deliveryPageSizes } from "@/lib/server/slack/list-slack-deliveries";
import { EndpointActions, SendTestEventButton } from "./endpoint-actions";
import { ReplayDeliveryButton, ReplayFailuresButton } from "./replay-controls";
import { EndpointState } from "./webhook-settings-view";

/** One endpoint: its settings in a line, its actions, and every delivery Coverwatch made to it. */
export function WebhookDeliveryLogView({
  endpoint,
  page,
  size,
  notices,
  href,
}: {
  endpoint: WebhookEndpointDetail;
  page: WebhookDeliveryPage;
  size: number;
  notices: string[];
  href: (change: { cursor?: string; size?: number }) => string;
}) {
  const summary = {
    id: endpoint.id,
    url: endpoint.url,
    isEnabled: endpoint.isEnabled,
    eventTypes: endpoint.eventTypes,
  };
  return (
    <section>
      <RefreshWhilePending isPending={page.rows.some((row) => row.status === "PENDING")} />
      <PageHeader
        title={endpoint.description || "Webhook endpoint"}
        breadcrumbs={[{ label: "Webhooks", href: "/settings/webhooks" }, { label: endpoint.url }]}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <EndpointState endpoint={endpoint} />
            <span className="break-all" data-testid="webhook-endpoint-url">
              {endpoint.url}
            </span>
            <span aria-hidden>·</span>
            <span data-testid="webhook-endpoint-events">
              {endpoint.eventTypes.map(eventTypeLabel).join(", ")}
            </span>
            {endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() && (
              <>
                <span aria-hidden>·</span>
                <span>Previous secret also signs until {utcStamp(endpoint.previousSecretExpiresAt)}</span>
              </>
            )}
          </span>
        }
        actions={
          <>
            <SendTestEventButton endpoint={summary} />
            <ReplayFailuresButton endpointId={endpoint.id} isEnabled={endpoint.isEnabled} />
            <EndpointActions endpoint={summary} />
          </>
        }
      />
      <h2 className="mb-3 text-heading">Delivery log</h2>
      <ListNotices notices={notices} />
      {page.rows.length === 0 && !page.previousCursor ? (
        <EmptyState
          testId="webhook-deliveries-empty"
          icon={<Send />}
          title="Nothing sent yet"
          titleAs="h3"
          description="Events this endpoint subscribes to appear here as they are sent. Send a test event to check your receiver."
        />
      ) : (
        <Table data-testid="webhook-deliveries" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Status</TableHead>
              <TableHead>Event</TableHead>
              <TableHead>Time</TableHead>
              <TableHead className="text-right">HTTP</TableHead>
              <TableHead className="text-right">Attempts</TableHead>
              <TableHead>Answer</TableHead>
              <TableHead>
                <span className="sr-only">Replay</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.rows.map((row) => (
              <TableRow key={row.id} data-testid="webhook-delivery-row" data-type={row.type}>
                <TableCell className="whitespace-nowrap">
                  <DeliveryStatusBadge delivery={row} testId="webhook-delivery-status" />
                  {row.sentAt && (
                    <div className="mt-1 text-xs text-muted-foreground">
                      at {utcStamp(row.sentAt, { withSeconds: true })}
                    </div>
                  )}
                </TableCell>
                <TableCell className="min-w-48">
                  <details>
                    <summary className="cursor-pointer font-medium" data-testid="webhook-delivery-type">
                      {eventTypeLabel(row.type)}
                    </summary>
                    <div className="mt-1 text-xs text-muted-foreground">
                      <code>webhook-id</code> {row.messageId}
                    </div>
                    <pre className="mt-1 max-h-64 max-w-[80vw] overflow-auto rounded bg-muted p-2 text-xs sm:max-w-md">
                      {JSON.stringify(row.payload, null, 2)}
                    </pre>
                  </details>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>
                    {utcStamp(row.createdAt, { withSeconds: true })}
                  </time>
                  {row.lastDurationMs !== null && (
                    <div className="text-xs text-muted-foreground">took {row.lastDurationMs} ms</div>
                  )}
                </TableCell>
                <TableCell className="num text-right" data-testid="webhook-delivery-http">
                  {row.lastHttpStatus ?? <span className="text-muted-foreground">—</span>}
                </TableCell>
                <TableCell className="num text-right" data-testid="webhook-delivery-attempts">
                  {row.attempts}
                </TableCell>
                <TableCell className="min-w-48 text-xs break-words" data-testid="webhook-delivery-answer">
                  {row.lastError ?? row.lastResponseExcerpt ?? (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="w-0 text-right">
                  {row.status !== "PENDING" && endpoint.isEnabled && (
                    <ReplayDeliveryButton endpointId={endpoint.id} deliveryId={row.id} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {(page.rows.length > 0 || page.previousCursor) && (
        <KeysetPagination
          page={page}
          size={size}
          sizes={deliveryPageSizes}
          noun={["delivery", "deliveries"]}
          href={href}
        />
      )}
    </section>
  );
}
