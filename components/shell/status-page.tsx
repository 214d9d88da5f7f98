import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

type StatusPageProps = {
  icon: ReactNode;
  /** A short code shown above the title ("404"), or nothing. */
  code?: string;
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  testId?: string;
  /** Centres the panel on the whole screen (outside the shell) instead of in the content column. */
  isStandalone?: boolean;
};

/** The body of the not-found, forbidden and error pages, in and out of the shell. */
export function StatusPage({
  icon,
  code,
  title,
  description,
  actions,
  testId,
  isStandalone = false,
}: StatusPageProps) {
  const panel = (
    <div className="flex max-w-md flex-col items-center text-center" data-testid={testId}>
      <div
        aria-hidden
        className="mb-4 flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6"
      >
        {icon}
      </div>
      {code && <p className="mb-1 font-mono text-xs font-medium text-muted-foreground">{code}</p>}
      <h1 className="text-title">{title}</h1>
      <div className="mt-2 text-sm text-muted-foreground">{description}</div>
      {actions && <div className="mt-6 flex flex-wrap justify-center gap-2">{actions}</div>}
    </div>
  );
  return (
    <div
      className={cn(
        "flex items-center justify-center px-4",
        isStandalone ? "min-h-dvh py-12" : "min-h-[calc(100dvh-9.5rem)] py-10",
      )}
    >
      {panel}
    </div>
  );
}
