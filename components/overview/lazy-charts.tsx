"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

// The charts draw in the browser only: rendering their SVG on the server made the overview slower and heavier
// for nothing a screen reader uses (each chart's numbers are in its table). A skeleton of the same height holds
// the place meanwhile.

const placeholder = () => <Skeleton className="h-60 w-full" />;

export const StatusTrendChart = dynamic(
  () => import("./status-trend-chart").then((module) => module.StatusTrendChart),
  { ssr: false, loading: placeholder },
);

export const WeeklyViolationsChart = dynamic(
  () => import("./weekly-violations-chart").then((module) => module.WeeklyViolationsChart),
  { ssr: false, loading: placeholder },
);
