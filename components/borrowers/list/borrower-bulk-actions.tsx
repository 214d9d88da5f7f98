"use client";

import { Download, Mail, Send, ShieldCheck } from "lucide-react";
import { useState } from "react";
import { BulkActionBar } from "@/components/bulk/bulk-action-bar";
import { BulkEmailConfirm } from "@/components/bulk/bulk-email-preview";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { countOf, formatCount } from "@/lib/format-human";

type Props = {
  /** The bulk actions the page lists already (see BulkActionBar). */
  shownIds: string[];
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

/**
 * The borrower list's bulk actions, on the shared bar: invite and ask to reconnect (each confirmation shows the
 * email and how many it reaches), assign a profile, export.
 */
export function BorrowerBulkActions({
  total,
  pageSize,
  query,
  profiles,
  defaultProfileName,
  canAskReconnect,
  canAssignProfile,
  shownIds,
}: Props) {
  const [profileId, setProfileId] = useState(defaultProfile);
  return (
    <BulkActionBar
      list="borrowers"
      total={total}
      pageSize={pageSize}
      query={query}
      shownIds={shownIds}
      noun={["borrower", "borrowers"]}
    >
      {({ count, who, isAllMatching, ids, start }) => (
        <>
          {canAskReconnect && (
            <BulkEmailConfirm
              kind="invite"
              list="borrowers"
              ids={isAllMatching ? null : ids}
              query={query}
              title="Invite to connect?"
              description={bulkActionKinds.invite.consequence("The borrowers counted below")}
              confirmLabel={(recipients) => `Send ${countOf(recipients, "invitation", "invitations")}`}
              onConfirm={() => start("invite")}
              confirmTestId="bulk-invite-confirm"
            >
              <Button variant="outline" size="sm" data-testid="bulk-invite">
                <Send aria-hidden /> Invite
              </Button>
            </BulkEmailConfirm>
          )}
          {canAskReconnect && (
            <BulkEmailConfirm
              kind="ask-reconnect"
              list="borrowers"
              ids={isAllMatching ? null : ids}
              query={query}
              title="Ask to reconnect?"
              description={bulkActionKinds["ask-reconnect"].consequence("The borrowers counted below")}
              confirmLabel={(recipients) => `Send ${countOf(recipients, "email", "emails")}`}
              onConfirm={() => start("ask-reconnect")}
              confirmTestId="bulk-ask-reconnect-confirm"
            >
              <Button variant="outline" size="sm" data-testid="bulk-ask-reconnect">
                <Mail aria-hidden /> Ask to reconnect
              </Button>
            </BulkEmailConfirm>
          )}
          {canAssignProfile && (
            <ConfirmDialog
              title={`Assign a profile to ${formatCount(count)} ${count === 1 ? "borrower" : "borrowers"}?`}
              description={bulkActionKinds["assign-profile"].consequence(who)}
              confirmLabel="Assign"
              pendingLabel="Starting…"
              onConfirm={() =>
                start("assign-profile", { profileId: profileId === defaultProfile ? null : profileId })
              }
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
            <a
              href={
                isAllMatching ? `/borrowers/export.csv${query}` : `/borrowers/export.csv?ids=${ids.join(",")}`
              }
              download
              data-testid="bulk-export"
            >
              <Download aria-hidden /> Export
            </a>
          </Button>
        </>
      )}
    </BulkActionBar>
  );
}
