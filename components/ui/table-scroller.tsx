"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * The box a table scrolls in. While the table is wider (a phone) or taller than the box, the box can take the
 * keyboard's focus, so arrow keys scroll it too: a region that scrolls but cannot be reached by keyboard hides
 * its columns from keyboard users. At full width it stays out of the tab order.
 */
export function TableScroller({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isScrollable, setScrollable] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () =>
      setScrollable(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      data-slot="table-container"
      className={cn(
        "relative w-full min-w-0 overflow-x-auto outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
      {...(isScrollable ? { tabIndex: 0, role: "region", "aria-label": "Table (scrolls)" } : {})}
    >
      {children}
    </div>
  );
}
