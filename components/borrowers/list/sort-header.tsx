import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { TableHead } from "@/components/ui/table";
import type { Sort, SortKey } from "@/lib/borrowers/list-params";
import { cn } from "@/lib/cn";

/** A column header that sorts the list by it: a link, so the sort is in the URL; a second click reverses. */
export function SortHeader({
  label,
  sortKey,
  sort,
  href,
  isNumeric = false,
}: {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  href: (sort: Sort) => string;
  isNumeric?: boolean;
}) {
  const isActive = sort.key === sortKey;
  const next: Sort = { key: sortKey, isDescending: isActive ? !sort.isDescending : sortKey === "violations" };
  const Icon = !isActive ? ArrowUpDown : sort.isDescending ? ArrowDown : ArrowUp;
  return (
    <TableHead
      aria-sort={isActive ? (sort.isDescending ? "descending" : "ascending") : undefined}
      className={cn(isNumeric && "text-right")}
    >
      <Link
        href={href(next)}
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
