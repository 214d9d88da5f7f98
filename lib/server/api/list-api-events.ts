import "server-only";
import { z } from "zod";
import { isOutboundEventType } from "@/lib/integrations/event-types";
import { cursorMoment, decodeCursor, encodeCursor } from "@/lib/pagination/cursor-codec";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { db } from "../db";
import { AppError } from "../errors";
import { splitLimit } from "./api-query";

const eventCursorSchema = z.object({ t: cursorMoment, id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * `GET /api/v1/events`: the outbound events after a cursor, oldest first, so a client polls forward.
 *
 * An event's `createdAt` is taken inside the transaction that writes it, which may commit after later events
 * have been listed: a cursor already past it would never see it. So only events older than every transaction
 * still running in this database are listed (the oldest `xact_start` of a client in `pg_stat_activity`; not
 * autovacuum's, which writes no event): whatever commits later was stamped later than what a page has shown.
 */
export async function listApiEvents(query: RawSearchParams) {
  const { limit, rest } = splitLimit(query);
  const types = (firstParam(rest.type) ?? "")
    .split(",")
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = types.filter((type) => !isOutboundEventType(type));
  if (unknown.length > 0)
    throw new AppError("bad_request", `type: unknown event type “${unknown.join("”, “")}”.`);
  const cursorValue = firstParam(rest.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue, eventCursorSchema) : null;
  if (cursorValue && !cursor) throw new AppError("bad_request", "cursor: not a cursor of the event feed.");

  const [horizon] = await db.$queryRaw<{ settledBefore: Date | null }[]>`
    SELECT min("xact_start") AS "settledBefore" FROM pg_stat_activity
    WHERE "datname" = current_database() AND "backend_type" = 'client backend'
      AND "pid" <> pg_backend_pid() AND "xact_start" IS NOT NULL`;
  const settledBefore = horizon?.settledBefore ?? null;
  const after = cursor ? new Date(cursor.t) : null;
  const rows = await db.outboundEvent.findMany({
    where: {
      AND: [
        types.length > 0 ? { type: { in: types } } : {},
        settledBefore ? { createdAt: { lt: settledBefore } } : {},
        after && cursor
          ? { OR: [{ createdAt: { gt: after } }, { createdAt: after, id: { gt: cursor.id } }] }
          : {},
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, type: true, createdAt: true, borrowerId: true, data: true },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
    next: last ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id }) : (cursorValue ?? null),
    hasMore: rows.length > limit,
  };
}
