import type { ReactNode } from "react";
import { LiveRefresh } from "@/components/shell/live-refresh";

// Keeps the borrower list current while open (docs/live-updates.md). A layout, so the stream stays open
// across the page's own navigations (filters, pages) and starts before the page's data has streamed in.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <LiveRefresh />
      {children}
    </>
  );
}
