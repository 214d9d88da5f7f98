import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";

/** Stable keys for n identical placeholders (their order never changes, but the linter cannot know). */
export const placeholders = (count: number, name = "slot"): string[] =>
  Array.from({ length: count }, (_, index) => `${name}-${index}`);

// Pieces for loading.tsx files: each page's skeleton is assembled from these in the shape of the page, so the
// layout does not jump when the data arrives.

/** Announces the wait once to screen readers; the grey shapes inside are hidden from them. */
export function LoadingPage({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6" data-testid="page-loading">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

export function PageHeaderSkeleton({
  hasBreadcrumbs = false,
  hasDescription = true,
  actions = 0,
}: {
  hasBreadcrumbs?: boolean;
  hasDescription?: boolean;
  actions?: number;
}) {
  return (
    <div className="flex flex-col gap-3">
      {hasBreadcrumbs && <Skeleton className="h-4 w-44" />}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-7 w-48" />
          {hasDescription && <Skeleton className="h-4 w-72 max-w-[80vw]" />}
        </div>
        {actions > 0 && (
          <div className="flex gap-2">
            {placeholders(actions).map((key) => (
              <Skeleton key={key} className="h-9 w-28" />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

/** A search box and filter chips above a list. */
export function ToolbarSkeleton({ filters = 3 }: { filters?: number }) {
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-border bg-card p-3">
      <Skeleton className="h-8 w-64 max-w-full" />
      {placeholders(filters).map((key) => (
        <Skeleton key={key} className="h-8 w-28" />
      ))}
      <Skeleton className="ml-auto h-8 w-20" />
    </div>
  );
}

const cellWidths = ["w-32", "w-24", "w-20", "w-28", "w-16", "w-24", "w-20"];

export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-card">
      <div className="flex gap-6 border-b border-border bg-muted/60 px-4 py-3">
        {placeholders(columns).map((key, column) => (
          <Skeleton key={key} className={cn("h-3 bg-border", cellWidths[column % cellWidths.length])} />
        ))}
      </div>
      {placeholders(rows).map((row) => (
        <div key={row} className="flex items-center gap-6 border-b border-border px-4 py-3.5 last:border-0">
          <div className="flex w-40 shrink-0 flex-col gap-1.5">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-3 w-20" />
          </div>
          {placeholders(columns - 1).map((key, column) => (
            <Skeleton
              key={key}
              className={cn(
                "h-4 shrink-0",
                cellWidths[(column + 1) % cellWidths.length],
                column > 1 && "hidden md:block",
              )}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A row of KPI cards. */
export function StatCardsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {placeholders(count).map((key) => (
        <div key={key} className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4">
          <Skeleton className="h-3.5 w-24" />
          <Skeleton className="h-7 w-16" />
          <Skeleton className="h-3 w-28" />
        </div>
      ))}
    </div>
  );
}

/** A card with a title and some lines of content. */
export function CardSkeleton({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div className={cn("flex flex-col gap-3 rounded-lg border border-border bg-card p-5", className)}>
      <Skeleton className="h-5 w-40" />
      {placeholders(lines).map((key, index) => (
        <Skeleton key={key} className={cn("h-4", index % 3 === 2 ? "w-2/3" : "w-full")} />
      ))}
    </div>
  );
}

/** Labelled fields and a submit button. */
export function FormSkeleton({ fields = 4, columns = 1 }: { fields?: number; columns?: 1 | 2 }) {
  return (
    <div className="flex max-w-2xl flex-col gap-5 rounded-lg border border-border bg-card p-5">
      <div className={cn("grid gap-5", columns === 2 && "sm:grid-cols-2")}>
        {placeholders(fields).map((key) => (
          <div key={key} className="flex flex-col gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </div>
      <Skeleton className="h-9 w-32" />
    </div>
  );
}

/** A list page while it loads: header, anything above the toolbar (`children`), toolbar, table. */
export function ListPageSkeleton({
  label,
  actions = 0,
  filters = 3,
  rows = 10,
  columns = 5,
  children,
}: {
  label: string;
  actions?: number;
  filters?: number;
  rows?: number;
  columns?: number;
  children?: ReactNode;
}) {
  return (
    <LoadingPage label={label}>
      <PageHeaderSkeleton actions={actions} />
      {children}
      <ToolbarSkeleton filters={filters} />
      <TableSkeleton rows={rows} columns={columns} />
    </LoadingPage>
  );
}
