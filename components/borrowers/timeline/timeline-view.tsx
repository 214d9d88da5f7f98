import { History } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { tabListClassName, tabTriggerClassName } from "@/components/ui/tabs";
import { describeTimelineEntry, type EntryTone } from "@/lib/borrowers/timeline-entry-words";
import { type TimelineKind, timelineKindLabels, timelineKinds } from "@/lib/borrowers/timeline-kinds";
import { cn } from "@/lib/cn";
import { utcStamp } from "@/lib/format-time";
import type { KeysetPage } from "@/lib/pagination/keyset-page";
import type { TimelineRow } from "@/lib/server/borrowers/timeline/list-timeline";

export const timelinePageSizes = [25, 50, 100] as const;

const markerByTone: Record<EntryTone, string> = {
  neutral: "bg-neutral",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  info: "bg-info",
};

type Props = {
  borrowerId: string;
  kind: TimelineKind | undefined;
  size: number;
  page: KeysetPage<TimelineRow> & { total: number };
  notices: string[];
};

/** Everything that happened to the borrower, newest first, filterable by kind: the record's history. */
export function TimelineView({ borrowerId, kind, size, page, notices }: Props) {
  const base = `/borrowers/${borrowerId}/timeline`;
  const href = (change: { kind?: TimelineKind | null; cursor?: string; size?: number }) => {
    const query = new URLSearchParams();
    const nextKind = change.kind === undefined ? kind : change.kind;
    if (nextKind) query.set("kind", nextKind);
    const nextSize = change.size ?? size;
    if (nextSize !== timelinePageSizes[0]) query.set("size", String(nextSize));
    if (change.cursor) query.set("cursor", change.cursor);
    const text = query.toString();
    return text ? `${base}?${text}` : base;
  };
  const choices: { value: TimelineKind | null; label: string }[] = [
    { value: null, label: "Everything" },
    ...timelineKinds.map((value) => ({ value, label: timelineKindLabels[value] })),
  ];

  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
      <h2 id="timeline-heading" className="sr-only">
        Timeline
      </h2>
      <ListNotices notices={notices} />
      <nav aria-label="Show on the timeline" className={cn(tabListClassName, "h-auto flex-wrap")}>
        {choices.map((choice) => (
          <Link
            key={choice.value ?? "all"}
            href={href({ kind: choice.value })}
            aria-current={(choice.value ?? undefined) === kind ? "page" : undefined}
            className={tabTriggerClassName}
            data-testid={`timeline-kind-${choice.value ?? "all"}`}
          >
            {choice.label}
          </Link>
        ))}
      </nav>
      {page.rows.length === 0 ? (
        kind ? (
          <NoMatches
            testId="timeline-empty"
            title={`No ${timelineKindLabels[kind].toLowerCase()} yet`}
            description="Choose another kind of entry, or show everything."
            clearHref={base}
          />
        ) : (
          <EmptyState testId="timeline-none" icon={<History />} title="Nothing has happened yet" />
        )
      ) : (
        <ol className="relative flex flex-col rounded-lg border border-border bg-card" data-testid="timeline">
          {page.rows.map((row) => {
            const words = describeTimelineEntry(row);
            return (
              <li
                key={`${row.source}:${row.id}`}
                className="flex gap-3 border-b border-border px-4 py-3 last:border-b-0"
                data-testid="timeline-entry"
                data-kind={row.kind}
              >
                <span
                  className={cn("mt-1.5 size-2 shrink-0 rounded-full", markerByTone[words.tone])}
                  aria-hidden
                />
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
                    <p className="font-medium break-words" data-testid="timeline-title">
                      {words.title}
                    </p>
                    <time
                      dateTime={row.at.toISOString()}
                      className="text-xs whitespace-nowrap text-muted-foreground tabular-nums"
                    >
                      {utcStamp(row.at)}
                    </time>
                  </div>
                  {words.lines.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-sm break-words" data-testid="timeline-lines">
                      {words.lines.map((line, index) => (
                        // Lines are sentences of one entry, in the order they were stored.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                  {words.actor && <p className="mt-0.5 text-xs text-muted-foreground">by {words.actor}</p>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <KeysetPagination
        page={page}
        size={size}
        sizes={timelinePageSizes}
        noun={["entry", "entries"]}
        href={(change) => href(change)}
      />
    </section>
  );
}
