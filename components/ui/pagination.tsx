import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { buttonVariants } from "./button";
import { PageSizeSelect } from "./page-size-select";

const count = new Intl.NumberFormat("en-US");

type PaginationProps = {
  /** 1-based index of the first row on this page (0 when the list is empty). */
  start: number;
  /** How many rows this page shows. */
  count: number;
  /** All matching rows, when known; without it the summary reads "1–50". */
  total?: number;
  /** Links to the neighbouring pages; null or absent renders the control disabled. */
  previousHref?: string | null;
  nextHref?: string | null;
  /** The current page size and a link for each choice (the caller keeps the filters in them). */
  pageSize?: number;
  pageSizeHrefs?: { size: number; href: string }[];
  /** What the rows are, for the summary: "borrowers" gives "1–50 of 12,345 borrowers". */
  noun?: string;
  className?: string;
};

/** Under a list: "1–50 of 12,345", the page size and previous/next links. It only links; the page fetches. */
export function Pagination({
  start,
  count: rowCount,
  total,
  previousHref,
  nextHref,
  pageSize,
  pageSizeHrefs,
  noun,
  className,
}: PaginationProps) {
  const end = rowCount === 0 ? 0 : start + rowCount - 1;
  const range = rowCount === 0 ? "0" : `${count.format(start)}–${count.format(end)}`;
  const summary = `${range}${total === undefined ? "" : ` of ${count.format(total)}`}${noun ? ` ${noun}` : ""}`;
  return (
    <nav
      aria-label="Pagination"
      data-testid="pagination"
      className={cn("flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 text-sm", className)}
    >
      <p className="text-muted-foreground" data-testid="pagination-summary" aria-live="polite">
        {summary}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {pageSize !== undefined && pageSizeHrefs && pageSizeHrefs.length > 1 && (
          <PageSizeSelect pageSize={pageSize} options={pageSizeHrefs} />
        )}
        <PageLink href={previousHref} label="Previous" testId="pagination-previous" />
        <PageLink href={nextHref} label="Next" testId="pagination-next" />
      </div>
    </nav>
  );
}

function PageLink({
  href,
  label,
  testId,
}: {
  href?: string | null;
  label: "Previous" | "Next";
  testId: string;
}) {
  const icon =
    label === "Previous" ? (
      <ChevronLeft aria-hidden className="size-4" />
    ) : (
      <ChevronRight aria-hidden className="size-4" />
    );
  const className = cn(
    buttonVariants({ variant: "outline", size: "sm" }),
    label === "Previous" ? "pl-2" : "pr-2",
  );
  if (!href) {
    return (
      <span aria-disabled="true" className={cn(className, "opacity-50")} data-testid={testId}>
        {label === "Previous" && icon}
        {label}
        {label === "Next" && icon}
      </span>
    );
  }
  return (
    <Link href={href} className={className} rel={label === "Previous" ? "prev" : "next"} data-testid={testId}>
      {label === "Previous" && icon}
      {label}
      {label === "Next" && icon}
    </Link>
  );
}
