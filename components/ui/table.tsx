import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { TableScroller } from "./table-scroller";

/**
 * The table scrolls inside its own wrapper, so a wide table never widens the page (the shell's main column is
 * `min-w-0`); while it scrolls, the wrapper takes the keyboard's focus (TableScroller). Pass `containerClassName`
 * to style the wrapper (a border, a max height).
 */
export function Table({
  className,
  containerClassName,
  ...props
}: ComponentProps<"table"> & { containerClassName?: string }) {
  return (
    <TableScroller className={containerClassName}>
      <table
        data-slot="table"
        className={cn("w-full caption-bottom text-left text-sm", className)}
        {...props}
      />
    </TableScroller>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead
      data-slot="table-header"
      className={cn(
        "bg-muted/60 text-xs text-muted-foreground [&_tr]:border-b [&_tr]:border-border",
        className,
      )}
      {...props}
    />
  );
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function TableFooter({ className, ...props }: ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn("border-t border-border bg-muted/50 font-medium [&>tr]:last:border-b-0", className)}
      {...props}
    />
  );
}

// Body rows and cells are styled from globals.css (`[data-slot="table"] tbody tr`, `td`), not per element: a
// list of 100 rows would otherwise repeat the same long class strings 800 times in its HTML.

export function TableRow(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      className={cn("h-9 whitespace-nowrap px-4 text-left align-middle font-medium", className)}
      {...props}
    />
  );
}

export function TableCell(props: ComponentProps<"td">) {
  return <td {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return (
    <caption
      data-slot="table-caption"
      className={cn("mt-3 text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}
