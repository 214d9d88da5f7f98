import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type KpiKey, kpiTiles } from "@/lib/overview/kpi-tiles";
import { borrowerListFilter, type FilterClock } from "../borrowers/borrower-list-filter";
import { db } from "../db";

/**
 * Every tile's count in one pass over the borrowers: each is `count(*) FILTER (WHERE …)` with the borrower
 * list's own condition for the tile's filters, so clicking a tile lists exactly the borrowers counted.
 */
export async function getKpiCounts(clock: FilterClock): Promise<Record<KpiKey, number>> {
  const counts = kpiTiles.map(
    (tile) =>
      Prisma.sql`count(*) FILTER (WHERE ${borrowerListFilter(tile.filters, clock)}) AS ${Prisma.raw(`"${tile.key}"`)}`,
  );
  const [row] = await db.$queryRaw<Record<KpiKey, bigint>[]>`SELECT ${Prisma.join(counts)} FROM "Borrower"`;
  return Object.fromEntries(kpiTiles.map((tile) => [tile.key, Number(row?.[tile.key] ?? 0)])) as Record<
    KpiKey,
    number
  >;
}
