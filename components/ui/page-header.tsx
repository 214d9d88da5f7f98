import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { type BreadcrumbItem, Breadcrumbs } from "./breadcrumbs";

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: BreadcrumbItem[];
  /** Buttons on the right (they wrap under the title on a phone). */
  actions?: ReactNode;
  /** Anything under the title row: a status line, tabs. */
  children?: ReactNode;
  testId?: string;
  className?: string;
};

/** The top of every page: breadcrumbs, the one h1, a line of description and the page's actions. */
export function PageHeader({
  title,
  description,
  breadcrumbs,
  actions,
  children,
  testId,
  className,
}: PageHeaderProps) {
  return (
    <header className={cn("mb-6 flex flex-col gap-3", className)} data-testid={testId}>
      {breadcrumbs && breadcrumbs.length > 0 && <Breadcrumbs items={breadcrumbs} />}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1 basis-64">
          <h1 className="text-title text-balance break-words">{title}</h1>
          {description && <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {children}
    </header>
  );
}
