import { Hash } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { thresholdLabel } from "@/lib/alerts/severity-threshold";
import type { SlackChannelRow } from "@/lib/server/slack/list-slack-channels";
import { AddChannelForm } from "./add-channel-form";
import { ChannelActions } from "./channel-actions";
import { LastDeliveryLink } from "./delivery-status-badge";
import { RefreshWhilePending } from "./refresh-while-pending";

/** The Slack channels told about new violations: add one, change its threshold, test it, read its log. */
export function SlackSettingsView({ channels, now }: { channels: SlackChannelRow[]; now: Date }) {
  const isAnyPending = channels.some((channel) => channel.lastDelivery?.status === "PENDING");
  return (
    <section>
      <RefreshWhilePending isPending={isAnyPending} />
      <PageHeader
        title="Slack"
        description="Each channel hears about new violations at or above its threshold, with a link to the record. Changes are recorded in the audit log."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Add a channel</CardTitle>
          <CardDescription>
            In Slack, create an app with incoming webhooks, add a webhook to the channel, and paste its URL
            here.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <AddChannelForm />
        </CardContent>
      </Card>
      {channels.length === 0 ? (
        <EmptyState
          testId="slack-empty"
          icon={<Hash />}
          title="No channel yet"
          description="Add a channel above: new violations at or above its threshold are posted there."
        />
      ) : (
        <Table data-testid="slack-channels" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Channel</TableHead>
              <TableHead>State</TableHead>
              <TableHead>Last delivery</TableHead>
              <TableHead>Threshold</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {channels.map((channel) => (
              <TableRow key={channel.id} data-testid="slack-channel-row" data-name={channel.name}>
                <TableCell>
                  <Link
                    href={`/settings/slack/${channel.id}`}
                    className="font-medium break-words text-foreground underline-offset-4 hover:underline"
                    data-testid="slack-channel-name"
                  >
                    {channel.name}
                  </Link>
                  <div className="text-xs break-words text-muted-foreground" data-testid="slack-channel-hint">
                    {channel.webhookUrlHint}
                  </div>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <Badge variant={channel.isEnabled ? "success" : "neutral"} dot testId="slack-channel-state">
                    {channel.isEnabled ? "Enabled" : "Disabled"}
                  </Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  <LastDeliveryLink
                    href={`/settings/slack/${channel.id}`}
                    name={channel.name}
                    delivery={channel.lastDelivery}
                    now={now}
                    testId="slack-channel-last-status"
                  />
                </TableCell>
                <TableCell className="whitespace-nowrap" data-testid="slack-channel-threshold">
                  {thresholdLabel(channel.minSeverity)}
                </TableCell>
                <TableCell className="w-0 text-right">
                  <ChannelActions
                    channel={{
                      id: channel.id,
                      name: channel.name,
                      webhookUrlHint: channel.webhookUrlHint,
                      minSeverity: channel.minSeverity,
                      isEnabled: channel.isEnabled,
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
