import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";
import type { openedViolationSelect } from "./violation-opened";

export type OpenedViolation = Prisma.ViolationGetPayload<{ select: typeof openedViolationSelect }>;

/** Each user whose notification preferences ask for it gets an email about the violation (issue 13, §2). */
export async function recordUserAlerts(_tx: Tx, _violation: OpenedViolation): Promise<void> {
  // Filled in by the notification preferences work.
}
