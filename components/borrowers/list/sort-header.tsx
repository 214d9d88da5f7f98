import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { TableHead } from "@/components/ui/table";
import type { Sort, SortKey } from "@/lib/borrowers/list-params";
import { cn } from "@/lib/cn";

/** Where a click on a column's header leads: its sort, reversed when it is already the current one. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, isDescending: current.key === key ? !current.isDescending : key === "violations" };
}

/** A column header that sorts the list by it: a link, so the sort is in the URL; a second click reverses. */
export function SortHeader({
  label,
  sortKey,
  sort,
  hrefs,
  isNumeric = false,
}: {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  hrefs: Record<SortKey, string>;
  isNumeric?: boolean;
}) {
  const isActive = sort.key === sortKey;
  const Icon = !isActive ? ArrowUpDown : sort.isDescending ? ArrowDown : ArrowUp;
  return (
    <TableHead
      aria-sort={isActive ? (sort.isDescending ? "descending" : "ascending") : undefined}
      className={cn(isNumeric && "text-right")}
    >
      <Link
        href={hrefs[sortKey]}
        className={cn("inline-flex items-center gap-1 hover:text-foreground", isActive && "text-foreground")}
        data-testid={`sort-${sortKey}`}
      >
        {label}
        <Icon aria-hidden className="size-3.5" />
        <span className="sr-only">
          {isActive ? `, sorted ${sort.isDescending ? "descending" : "ascending"}` : ", sort"}
        </span>
      </Link>
    </TableHead>
  );
}
