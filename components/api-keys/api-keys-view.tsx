import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatTimeAgo } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
import type { ApiKeyRow } from "@/lib/server/api-keys/list-api-keys";
import { CreateApiKeyForm } from "./create-api-key-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

function keyState(key: ApiKeyRow, now: Date) {
  if (key.revokedAt) return { label: "Revoked", variant: "neutral" as const };
  if (key.expiresAt && key.expiresAt <= now) return { label: "Expired", variant: "neutral" as const };
  return { label: "Active", variant: "success" as const };
}

function Moment({ at, now, empty }: { at: Date | null; now: Date; empty: string }) {
  if (!at) return <span className="text-muted-foreground">{empty}</span>;
  return (
    <time dateTime={at.toISOString()} title={utcStamp(at)}>
      {formatTimeAgo(at, now)}
    </time>
  );
}

/** The read API's keys: create one (shown once), see when each was last used, revoke one. */
export function ApiKeysView({ keys, now }: { keys: ApiKeyRow[]; now: Date }) {
  return (
    <section>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let the lender's systems read borrowers, violations and events through the read API; its
            reference is the{" "}
            <a
              href="/api/v1/openapi.json"
              className="font-medium text-foreground underline underline-offset-4"
              data-testid="api-openapi-link"
            >
              OpenAPI document
            </a>
            . Creating and revoking keys is recorded in the audit log.
          </>
        }
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Create a key</CardTitle>
          <CardDescription>
            A key reads everything the dashboard shows; it cannot change anything.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateApiKeyForm />
        </CardContent>
      </Card>
      {keys.length === 0 ? (
        <EmptyState
          testId="api-keys-empty"
          icon={<KeyRound />}
          title="No key yet"
          description="Create a key above for each system that reads Coverwatch."
        />
      ) : (
        <Table data-testid="api-keys" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Key</TableHead>
              <TableHead>State</TableHead>
              <TableHead>Last used</TableHead>
              <TableHead>Expires</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {keys.map((key) => {
              const state = keyState(key, now);
              return (
                <TableRow key={key.id} data-testid="api-key-row" data-name={key.name}>
                  <TableCell>
                    <div className="font-medium break-words text-foreground">{key.name}</div>
                    <div className="font-mono text-xs break-all text-muted-foreground">{key.hint}</div>
                    <div className="text-xs text-muted-foreground">
                      Read only · created <Moment at={key.createdAt} now={now} empty="" />
                      {key.createdByName ? ` by ${key.createdByName}` : ""}
                    </div>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    <Badge variant={state.variant} dot testId="api-key-state">
                      {state.label}
                    </Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap" data-testid="api-key-last-used">
                    <Moment at={key.lastUsedAt} now={now} empty="Never" />
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {key.expiresAt ? (
                      <time dateTime={key.expiresAt.toISOString()} title={utcStamp(key.expiresAt)}>
                        {formatDate(key.expiresAt)}
                      </time>
                    ) : (
                      <span className="text-muted-foreground">Never</span>
                    )}
                  </TableCell>
                  <TableCell className="w-0 text-right">
                    {state.label === "Active" && (
                      <RevokeApiKeyButton keyId={key.id} name={key.name} hint={key.hint} />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
