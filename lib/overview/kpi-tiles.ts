// The overview's tiles. Each is a count of borrowers defined by the borrower list's own filters, so a tile
// links to exactly the borrowers it counts, and the list's total is the tile's number.

import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";
import { type BorrowerFilters, monitoredStatuses } from "@/lib/borrowers/list-params";

export type KpiTile = {
  key: string;
  label: string;
  description: string;
  filters: BorrowerFilters;
  tone: StatusTone;
};

export const expiringSoonDays = 30;

export const kpiTiles = [
  {
    key: "monitored",
    label: "Monitored borrowers",
    description: "Connected through Axle and not descoped",
    filters: { status: monitoredStatuses },
    tone: "neutral",
  },
  {
    key: "compliant",
    label: "Compliant",
    description: "Every requirement met",
    filters: { status: ["compliant"] },
    tone: "success",
  },
  {
    key: "at-risk",
    label: "At risk",
    description: "Cautions, unknowns, stale data or expiring soon",
    filters: { status: ["at-risk"] },
    tone: "warning",
  },
  {
    key: "non-compliant",
    label: "Non-compliant",
    description: "An open, unwaived failing requirement",
    filters: { status: ["non-compliant"] },
    tone: "danger",
  },
  {
    key: "disconnected",
    label: "Disconnected",
    description: "The insurer connection needs the borrower",
    filters: { status: ["disconnected"] },
    tone: "danger",
  },
  {
    key: "not-connected",
    label: "Not connected",
    description: "Ignition started, never completed",
    filters: { status: ["not-connected"] },
    tone: "info",
  },
  {
    key: "stale",
    label: "Stale data",
    description: "Not refreshed by the carrier lately",
    filters: { isStale: true },
    tone: "warning",
  },
  {
    key: "expiring",
    label: `Expiring within ${expiringSoonDays} days`,
    description: "The current term ends soon",
    filters: { expiringWithinDays: expiringSoonDays },
    tone: "warning",
  },
] as const satisfies KpiTile[];

export type KpiKey = (typeof kpiTiles)[number]["key"];
