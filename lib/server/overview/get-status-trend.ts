import "server-only";
import { db } from "../db";

export type TrendPoint = {
  day: string;
  compliant: number;
  atRisk: number;
  nonCompliant: number;
  disconnected: number;
  notConnected: number;
};

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The portfolio's status counts per day from the daily rollups, for the last `days` days. Today's point is the
 * live count (the tiles' own numbers), so the curve ends where the tiles are, whether or not today's rollup has
 * been written yet.
 */
export async function getStatusTrend(
  now: Date,
  today: Omit<TrendPoint, "day">,
  days = 90,
): Promise<TrendPoint[]> {
  const todayKey = now.toISOString().slice(0, 10);
  const rollups = await db.complianceRollup.findMany({
    where: {
      day: { gte: new Date(now.getTime() - days * dayMs), lt: new Date(`${todayKey}T00:00:00.000Z`) },
    },
    orderBy: { day: "asc" },
    select: {
      day: true,
      compliant: true,
      atRisk: true,
      nonCompliant: true,
      disconnected: true,
      notConnected: true,
    },
  });
  return [
    ...rollups.map(({ day, ...counts }) => ({ day: day.toISOString().slice(0, 10), ...counts })),
    { day: todayKey, ...today },
  ];
}
