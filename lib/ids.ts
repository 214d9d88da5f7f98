import { randomUUID } from "node:crypto";

/** Our own ids: UUIDs, opaque to Axle (a borrower's id is sent to Axle as `user.id`). */
export function createId(): string {
  return randomUUID();
}
