"use client";

import { useRouter } from "next/navigation";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select";

/** The rows-per-page choice of a Pagination; choosing one follows the link the page built for it. */
export function PageSizeSelect({
  pageSize,
  options,
}: {
  pageSize: number;
  options: { size: number; href: string }[];
}) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2 text-muted-foreground">
      <span aria-hidden>Rows</span>
      <Select
        value={String(pageSize)}
        onValueChange={(value) => {
          const option = options.find((candidate) => String(candidate.size) === value);
          if (option) router.push(option.href);
        }}
      >
        <SelectTrigger
          size="sm"
          aria-label="Rows per page"
          data-testid="pagination-page-size"
          className="w-20"
        >
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {options.map((option) => (
            <SelectItem key={option.size} value={String(option.size)}>
              {option.size}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
