import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

type EmptyStateProps = {
  /** A lucide icon element, e.g. `<Inbox />`; sized and tinted here. */
  icon?: ReactNode;
  title?: ReactNode;
  /** The heading level of the title: h2 under a page header, h1 when the empty state is the whole page. */
  titleAs?: "h1" | "h2" | "h3";
  description?: ReactNode;
  /** A button or link that gets the user out of the empty state (add, clear filters). */
  action?: ReactNode;
  /** Free content, for callers that compose their own message. */
  children?: ReactNode;
  testId?: string;
  className?: string;
};

/** What a list shows when nothing is in it (or nothing matches its filters). */
export function EmptyState({
  icon,
  title,
  titleAs: Title = "h2",
  description,
  action,
  children,
  testId,
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-border bg-card px-6 py-10 text-center text-sm text-muted-foreground",
        className,
      )}
      data-testid={testId}
    >
      {icon && (
        <div
          aria-hidden
          className="mb-1 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-5"
        >
          {icon}
        </div>
      )}
      {title && <Title className="text-heading text-foreground">{title}</Title>}
      {description && <p className="max-w-md text-pretty">{description}</p>}
      {children}
      {action && <div className="mt-3 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
