"use client";

import { X } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConfirmResult } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import { startBulkActionAction } from "@/lib/actions/bulk-actions";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { countOf, formatCount } from "@/lib/format-human";
import { BulkActionProgressPanel } from "./bulk-action-progress";
import { useSelection } from "./selection";

/** What a list's own actions get from the bar: how many rows, and how to start a kind on them. */
export type BulkBar = {
  count: number;
  /** "This borrower", "These 37 violations": the subject of a confirmation's sentence. */
  who: string;
  isAllMatching: boolean;
  ids: string[];
  start: (kind: BulkActionKind, input?: Record<string, unknown>) => Promise<ConfirmResult>;
};

type Props = {
  /** The list the rows come from, which reads `query` for "all that match". */
  list: "borrowers" | "violations";
  /** Every row matching the list's filters. */
  total: number;
  pageSize: number;
  /** The list's query string without cursor and size: what "all matching" means. */
  query: string;
  /** The rows' noun, singular and plural. */
  noun: [string, string];
  /** Bulk actions the page already shows a panel for: started here, then listed by the page once it re-renders. */
  shownIds: string[];
  /** The list's actions, each confirmed first (ConfirmDialog), calling `start`. */
  children: (bar: BulkBar) => ReactNode;
};

/** Appears when rows are ticked: the count, "select all that match", the list's actions, and their progress. */
export function BulkActionBar({ list, total, pageSize, query, noun, shownIds, children }: Props) {
  const selection = useSelection();
  const [running, setRunning] = useState<string[]>([]);
  const count = selection.isAllMatching ? total : selection.ids.size;
  const ids = [...selection.ids];

  async function start(kind: BulkActionKind, input: Record<string, unknown> = {}): Promise<ConfirmResult> {
    const result = await startBulkActionAction({
      kind,
      list,
      ids: selection.isAllMatching ? null : ids,
      query,
      input,
    });
    if (result.error || !result.id) return { error: result.error ?? "The action could not start." };
    const label = bulkActionKinds[kind].label;
    const isBorrowers = bulkActionKinds[kind].subject === "borrower";
    const total = result.total ?? count;
    const items = isBorrowers
      ? countOf(total, "borrower", "borrowers")
      : countOf(total, "violation", "violations");
    const failed = result.failed ?? 0;
    if (result.isInline && failed > 0)
      toast.warning(
        `${label}: done for ${formatCount(total - failed)} of ${items}; ${formatCount(failed)} could not be done.`,
      );
    else if (result.isInline) toast.success(`${label}: done for ${items}.`);
    else toast.success(`${label}: started for ${items}.`);
    setRunning((current) => [result.id as string, ...current]);
    selection.clear();
  }

  return (
    <>
      {running
        .filter((id) => !shownIds.includes(id))
        .map((id) => (
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
            {children({
              count,
              who: count === 1 ? `This ${noun[0]}` : `These ${formatCount(count)} ${noun[1]}`,
              isAllMatching: selection.isAllMatching,
              ids,
              start,
            })}
            <Button variant="ghost" size="sm" onClick={selection.clear} aria-label="Clear the selection">
              <X aria-hidden />
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
