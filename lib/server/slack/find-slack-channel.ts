import "server-only";
import type { Severity } from "@/generated/prisma/enums";
import type { Tx } from "../db";
import { AppError } from "../errors";

/** A channel about to be changed, read and row-locked inside the change's transaction (never its URL). */
export async function findSlackChannelForUpdate(tx: Tx, channelId: string) {
  const rows = await tx.$queryRaw<
    { id: string; name: string; minSeverity: Severity; isEnabled: boolean; webhookUrlHint: string }[]
  >`
    SELECT "id", "name", "minSeverity"::text AS "minSeverity", "isEnabled", "webhookUrlHint"
    FROM "SlackChannel" WHERE "id" = ${channelId} FOR UPDATE`;
  const channel = rows[0];
  if (!channel) throw new AppError("not_found", "That channel no longer exists.");
  return channel;
}
