// Keyset cursors in URLs: JSON, base64url-encoded, checked against a schema on the way back in. Opaque to the
// user but not secret: a tampered or stale one decodes to null and the list shows its first page.
import { z } from "zod";

export const maxCursorLength = 1000;

export function encodeCursor(cursor: object): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor<Schema extends z.ZodType>(
  value: string,
  schema: Schema,
): z.infer<Schema> | null {
  if (value.length > maxCursorLength) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What every cursor says besides its sort value: which way it reads, from which row, and how far in it is. */
export const cursorBase = {
  /** `a`: the rows after this one; `b`: the rows before it (the previous page). */
  d: z.enum(["a", "b"]),
  /** Our ids are cuids or uuids: anything else (a NUL byte PostgreSQL would refuse) is a tampered cursor. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Rows before the page the cursor opens: only for "51–100 of 1,234". */
  o: z.number().int().min(0).max(100_000_000),
};

/** A moment PostgreSQL's timestamp column can hold and a list could have written: years 1900 to 9999. */
export const cursorMoment = z.iso
  .datetime()
  .refine((value) => Date.parse(value) >= Date.UTC(1900, 0, 1) && Date.parse(value) < Date.UTC(10000, 0, 1));

/** A cursor over (a timestamp, id): the violation queue, the outbox and the event log. */
export const timeCursorSchema = z.object({ ...cursorBase, t: cursorMoment });
export type TimeCursor = z.infer<typeof timeCursorSchema>;

export const noticeForBadCursor = "That page link is no longer valid: showing the first page.";
