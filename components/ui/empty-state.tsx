import type { ReactNode } from "react";

/** What a list shows when nothing is in it (or nothing matches its filters). */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div
      className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
      data-testid={testId}
    >
      {children}
    </div>
  );
}
