import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "./table";

type DataTableProps = {
  /** The header row; a `false` column is left out (a column only some roles see). */
  columns: (string | false)[];
  /** The rows, as <tr> elements. */
  children: ReactNode;
  /** Names the table for screen readers when no heading does. */
  caption?: string;
  className?: string;
};

/** The app's list table in its card: a header row from `columns`, the rows as children. */
export function DataTable({ columns, children, caption, className }: DataTableProps) {
  return (
    <Table
      containerClassName={cn("rounded-lg border border-border bg-card shadow-card", className)}
      // The rows come from feature components; these make them match TableRow without each one opting in.
      className="[&_tbody_tr]:border-border [&_tbody_tr]:border-t [&_tbody_tr]:transition-colors [&_tbody_tr:hover]:bg-muted/40"
    >
      {caption && <caption className="sr-only">{caption}</caption>}
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {columns
            .filter((column) => column !== false)
            .map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
