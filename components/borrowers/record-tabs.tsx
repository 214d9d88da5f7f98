"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { tabListClassName, tabTriggerClassName } from "@/components/ui/tabs";
import { cn } from "@/lib/cn";

export type RecordTab = { segment: string; label: string; count?: number };

/**
 * The borrower record's tabs. Each tab is its own URL (`/borrowers/…/policy`), so a tab is shareable, survives
 * a reload and comes back with Back, and only the open tab's data is read.
 */
export function RecordTabs({ borrowerId, tabs }: { borrowerId: string; tabs: RecordTab[] }) {
  const pathname = usePathname();
  const base = `/borrowers/${borrowerId}`;
  return (
    <nav
      aria-label="Borrower record"
      className={cn(tabListClassName, "mt-1 h-auto flex-wrap")}
      data-testid="record-tabs"
    >
      {tabs.map((tab) => {
        const href = tab.segment ? `${base}/${tab.segment}` : base;
        const isCurrent = pathname === href;
        return (
          <Link
            key={tab.segment}
            href={href}
            aria-current={isCurrent ? "page" : undefined}
            className={tabTriggerClassName}
            data-testid={`tab-${tab.segment || "compliance"}`}
          >
            {tab.label}
            {tab.count !== undefined && tab.count > 0 && (
              <Badge variant="neutral" className="tabular-nums">
                {tab.count}
              </Badge>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
