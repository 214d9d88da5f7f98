import { Send } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { thresholdLabel } from "@/lib/alerts/severity-threshold";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { SlackChannelDetail } from "@/lib/server/slack/get-slack-channel";
import {
  type DeliveryPage,
  type DeliveryRow,
  deliveryPageSizes,
} from "@/lib/server/slack/list-slack-deliveries";
import { explainSlackError } from "@/lib/slack/slack-errors";
import { ChannelActions, SendTestMessageButton } from "./channel-actions";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { RefreshWhilePending } from "./refresh-while-pending";

/** One channel: its settings in a line, its actions, and every message Coverwatch tried to post there. */
export function DeliveryLogView({
  channel,
  page,
  size,
  notices,
  href,
}: {
  channel: SlackChannelDetail;
  page: DeliveryPage;
  size: number;
  notices: string[];
  href: (change: { cursor?: string; size?: number }) => string;
}) {
  const summary = {
    id: channel.id,
    name: channel.name,
    webhookUrlHint: channel.webhookUrlHint,
    minSeverity: channel.minSeverity,
    isEnabled: channel.isEnabled,
  };
  return (
    <section>
      <RefreshWhilePending isPending={page.rows.some((row) => row.status === "PENDING")} />
      <PageHeader
        title={channel.name}
        breadcrumbs={[{ label: "Slack", href: "/settings/slack" }, { label: channel.name }]}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Badge variant={channel.isEnabled ? "success" : "neutral"} dot testId="slack-channel-state">
              {channel.isEnabled ? "Enabled" : "Disabled"}
            </Badge>
            <span data-testid="slack-channel-threshold">{thresholdLabel(channel.minSeverity)}</span>
            <span aria-hidden>·</span>
            <span className="break-words" data-testid="slack-channel-hint">
              {channel.webhookUrlHint}
            </span>
            <span aria-hidden>·</span>
            <span>
              Added {utcStamp(channel.createdAt)}
              {channel.createdBy && ` by ${channel.createdBy.name}`}
            </span>
          </span>
        }
        actions={
          <>
            <SendTestMessageButton channel={summary} />
            <ChannelActions channel={summary} />
          </>
        }
      />
      <h2 className="mb-3 text-heading">Delivery log</h2>
      <ListNotices notices={notices} />
      {page.rows.length === 0 && !page.previousCursor ? (
        <EmptyState
          testId="slack-deliveries-empty"
          icon={<Send />}
          title="Nothing posted yet"
          titleAs="h3"
          description="New violations at or above the threshold appear here as they are posted. Send a test message to check the webhook."
        />
      ) : (
        <Table data-testid="slack-deliveries" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Status</TableHead>
              <TableHead>Message</TableHead>
              <TableHead>Time</TableHead>
              <TableHead className="text-right">HTTP</TableHead>
              <TableHead className="text-right">Attempts</TableHead>
              <TableHead>Last error</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.rows.map((row) => (
              <TableRow key={row.id} data-testid="slack-delivery-row" data-kind={row.kind}>
                <TableCell className="whitespace-nowrap">
                  <DeliveryStatusBadge delivery={row} testId="slack-delivery-status" />
                  {row.sentAt && (
                    <div className="mt-1 text-xs text-muted-foreground">
                      at {utcStamp(row.sentAt, { withSeconds: true })}
                    </div>
                  )}
                </TableCell>
                <TableCell className="min-w-48" data-testid="slack-delivery-message">
                  <DeliveryMessage row={row} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>
                    {utcStamp(row.createdAt, { withSeconds: true })}
                  </time>
                </TableCell>
                <TableCell className="num text-right" data-testid="slack-delivery-http">
                  {row.lastHttpStatus ?? <span className="text-muted-foreground">—</span>}
                </TableCell>
                <TableCell className="num text-right" data-testid="slack-delivery-attempts">
                  {row.attempts}
                </TableCell>
                <TableCell className="min-w-48 text-xs break-words" data-testid="slack-delivery-error">
                  {row.lastError ? (
                    <DeliveryError error={row.lastError} />
                  ) : (
                    <span className="text-muted-foreground">—</span>
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

/** Slack's own codes with their meaning; anything else (a timeout, an HTTP status) as recorded. */
function DeliveryError({ error }: { error: string }) {
  const meaning = explainSlackError(error);
  if (!meaning) return <span>{error}</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span>{meaning}</span>
      <code className="text-muted-foreground">{error}</code>
    </span>
  );
}

function DeliveryMessage({ row }: { row: DeliveryRow }) {
  if (row.kind === "TEST") return <span>Test message</span>;
  const violation = row.violation;
  if (!violation) return <span className="text-muted-foreground">A violation since deleted</span>;
  const { borrower } = violation;
  return (
    <span className="flex flex-col gap-0.5">
      <Link
        href={`/borrowers/${borrower.id}`}
        className="font-medium text-foreground underline-offset-4 hover:underline"
      >
        {ruleTitle(violation.ruleKey)} · {borrower.firstName} {borrower.lastName}
      </Link>
      <span className="text-xs text-muted-foreground">{severityLabels[violation.severity].label}</span>
    </span>
  );
}
