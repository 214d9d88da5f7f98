import "server-only";
import { db } from "../db";

const progressSelect = {
  id: true,
  kind: true,
  status: true,
  total: true,
  processed: true,
  succeeded: true,
  failed: true,
  errors: true,
  createdAt: true,
  finishedAt: true,
} as const;

export type BulkActionProgress = NonNullable<Awaited<ReturnType<typeof getBulkActionProgress>>>;

/** One of the user's bulk actions, for the panel that polls it: another user's is not found. */
export function getBulkActionProgress(bulkActionId: string, userId: string) {
  return db.bulkAction.findFirst({
    where: { id: bulkActionId, createdById: userId },
    select: progressSelect,
  });
}

/** The user's bulk actions still running, or finished in the last hour, newest first; of some kinds if given. */
export function listRecentBulkActions(userId: string, now = new Date(), kinds?: string[]) {
  return db.bulkAction.findMany({
    where: {
      createdById: userId,
      ...(kinds ? { kind: { in: kinds } } : {}),
      OR: [
        { status: { in: ["QUEUED", "RUNNING"] } },
        { finishedAt: { gte: new Date(now.getTime() - 60 * 60 * 1000) } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 3,
    select: progressSelect,
  });
}
