import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** Axle bodies are parsed with zod (open `unknown` fields); they are JSON by construction, as received. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
