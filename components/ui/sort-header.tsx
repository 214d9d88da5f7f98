import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { TableHead } from "./table";

/** A list's sort: which column, which way. Each list names its own keys. */
export type ListSort<Key extends string> = { key: Key; isDescending: boolean };

/**
 * Where a click on a column's header leads: its sort, reversed when it is already the current one. A column
 * starts in its natural direction: A→Z, or most first for the keys in `descendingFirst` (counts, severity).
 */
export function nextSort<Key extends string>(
  current: ListSort<Key>,
  key: Key,
  descendingFirst: readonly Key[] = [],
): ListSort<Key> {
  return { key, isDescending: current.key === key ? !current.isDescending : descendingFirst.includes(key) };
}

/** A column header that sorts the list by it: a link, so the sort is in the URL; a second click reverses. */
export function SortHeader<Key extends string>({
  label,
  sortKey,
  sort,
  hrefs,
  isNumeric = false,
  className,
}: {
  label: string;
  sortKey: Key;
  sort: ListSort<Key>;
  hrefs: Record<Key, string>;
  isNumeric?: boolean;
  className?: string;
}) {
  const isActive = sort.key === sortKey;
  const Icon = !isActive ? ArrowUpDown : sort.isDescending ? ArrowDown : ArrowUp;
  return (
    <TableHead
      aria-sort={isActive ? (sort.isDescending ? "descending" : "ascending") : undefined}
      className={cn(isNumeric && "text-right", className)}
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
