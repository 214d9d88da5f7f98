"use client";

import { Download, Mail, ShieldCheck, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/sonner";
import { startBulkActionAction } from "@/lib/actions/bulk-actions";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { formatCount } from "@/lib/format-human";
import { useSelection } from "./borrower-selection";
import { BulkActionProgressPanel } from "./bulk-action-progress";

type Props = {
  /** Every borrower matching the list's filters. */
  total: number;
  pageSize: number;
  /** The list's query string without cursor and size: what "all matching" means. */
  query: string;
  /** The profiles a borrower can be put under, other than the default one. */
  profiles: { id: string; name: string }[];
  defaultProfileName: string;
  canAskReconnect: boolean;
  canAssignProfile: boolean;
};

const defaultProfile = "default";

/** Appears when rows are ticked: the count, "select all that match", and the actions, each confirmed first. */
export function BulkActionBar({
  total,
  pageSize,
  query,
  profiles,
  defaultProfileName,
  canAskReconnect,
  canAssignProfile,
}: Props) {
  const selection = useSelection();
  const [running, setRunning] = useState<string[]>([]);
  const [profileId, setProfileId] = useState(defaultProfile);
  const count = selection.isAllMatching ? total : selection.ids.size;
  const who = `${count === 1 ? "This borrower" : `These ${formatCount(count)} borrowers`}`;

  async function start(kind: BulkActionKind) {
    const result = await startBulkActionAction({
      kind,
      borrowerIds: selection.isAllMatching ? null : [...selection.ids],
      query,
      profileId: profileId === defaultProfile ? null : profileId,
    });
    if (result.error || !result.id) return { error: result.error ?? "The action could not start." };
    toast.success(
      `${bulkActionKinds[kind].label}: started for ${formatCount(result.total ?? count)} borrowers.`,
    );
    setRunning((ids) => [result.id as string, ...ids]);
    selection.clear();
  }

  const exportHref = selection.isAllMatching
    ? `/borrowers/export.csv${query}`
    : `/borrowers/export.csv?ids=${[...selection.ids].join(",")}`;

  return (
    <>
      {running.map((id) => (
        <BulkActionProgressPanel key={id} bulkActionId={id} />
      ))}
      {count > 0 && (
        <div
          className="sticky top-2 z-10 mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-border bg-card px-3 py-2 text-sm shadow-card"
          data-testid="bulk-bar"
        >
          <span className="font-medium" data-testid="bulk-count">
            {formatCount(count)} selected
          </span>
          {!selection.isAllMatching &&
            selection.ids.size >= Math.min(pageSize, total) &&
            total > selection.ids.size && (
              <Button
                variant="link"
                size="sm"
                onClick={() => selection.selectAllMatching(true)}
                data-testid="select-all-matching"
              >
                Select all {formatCount(total)} that match
              </Button>
            )}
          <div className="ml-auto flex flex-wrap items-center gap-2">
            {canAskReconnect && (
              <ConfirmDialog
                title={`Ask ${formatCount(count)} ${count === 1 ? "borrower" : "borrowers"} to reconnect?`}
                description={bulkActionKinds["ask-reconnect"].consequence(who)}
                confirmLabel={`Send ${formatCount(count)} ${count === 1 ? "email" : "emails"}`}
                pendingLabel="Starting…"
                onConfirm={() => start("ask-reconnect")}
                confirmTestId="bulk-ask-reconnect-confirm"
              >
                <Button variant="outline" size="sm" data-testid="bulk-ask-reconnect">
                  <Mail aria-hidden /> Ask to reconnect
                </Button>
              </ConfirmDialog>
            )}
            {canAssignProfile && (
              <ConfirmDialog
                title={`Assign a profile to ${formatCount(count)} ${count === 1 ? "borrower" : "borrowers"}?`}
                description={bulkActionKinds["assign-profile"].consequence(who)}
                confirmLabel="Assign"
                pendingLabel="Starting…"
                onConfirm={() => start("assign-profile")}
                confirmTestId="bulk-assign-profile-confirm"
                body={
                  <Select value={profileId} onValueChange={setProfileId}>
                    <SelectTrigger aria-label="Requirement profile" data-testid="bulk-profile-select">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value={defaultProfile}>{defaultProfileName}</SelectItem>
                      {profiles.map((profile) => (
                        <SelectItem key={profile.id} value={profile.id}>
                          {profile.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                }
              >
                <Button variant="outline" size="sm" data-testid="bulk-assign-profile">
                  <ShieldCheck aria-hidden /> Assign profile
                </Button>
              </ConfirmDialog>
            )}
            <Button variant="outline" size="sm" asChild>
              <a href={exportHref} download data-testid="bulk-export">
                <Download aria-hidden /> Export
              </a>
            </Button>
            <Button variant="ghost" size="sm" onClick={selection.clear} aria-label="Clear the selection">
              <X aria-hidden />
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
