"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const everyMs = 2000;
const forMs = 2 * 60 * 1000;

/**
 * Reads the page again every two seconds while a delivery on it is still waiting, so a test message's outcome
 * shows without a reload. It gives up after two minutes: a delivery retrying for longer is shown as retrying.
 */
export function RefreshWhilePending({ isPending }: { isPending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!isPending) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > forMs) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [isPending, router]);
  return null;
}
