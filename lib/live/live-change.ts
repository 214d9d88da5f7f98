// What a live update says: which borrowers changed, or "*" for anything at all. The server encodes it into a
// PostgreSQL notification and merges bursts of them; the browser decides whether its page is concerned.

/** The borrowers a committed change touched, or "*": too many to name, or nobody knows (a missed stretch). */
export type LiveChange = "*" | readonly string[];

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; stay well below it. */
export const maxPayloadBytes = 7_500;

/** A merged change naming more borrowers than this is sent as "*": every page refreshes anyway. */
export const maxMergedIds = 200;

/** The NOTIFY payload for these borrowers: their ids separated by commas, or "*" when they do not fit. */
export function encodeLiveChange(change: LiveChange): string {
  if (change === "*") return "*";
  const payload = [...new Set(change)].join(",");
  return new TextEncoder().encode(payload).length > maxPayloadBytes ? "*" : payload;
}

/** Reads a NOTIFY payload back; anything unexpected counts as "*", which only costs a refresh. */
export function decodeLiveChange(payload: string): LiveChange {
  const ids = payload.split(",").filter((id) => id.length > 0);
  return payload === "*" || ids.length === 0 ? "*" : ids;
}

/** Two changes as one, for a burst of notifications delivered together. */
export function mergeLiveChanges(a: LiveChange | null, b: LiveChange): LiveChange {
  if (a === null) return b;
  if (a === "*" || b === "*") return "*";
  const ids = new Set([...a, ...b]);
  return ids.size > maxMergedIds ? "*" : [...ids];
}

/** Whether a page must refresh: a record for its own borrower (or "*"), a list or the overview for anything. */
export function concernsPage(change: LiveChange, borrowerId?: string): boolean {
  if (borrowerId === undefined || change === "*") return true;
  return change.includes(borrowerId);
}

/** The `data` of a `change` event on the stream. */
export function liveEventData(change: LiveChange): string {
  return JSON.stringify({ borrowerIds: change });
}

/** Parses the `data` of a `change` event; a malformed one counts as "*". */
export function parseLiveEventData(data: string): LiveChange {
  try {
    const { borrowerIds } = JSON.parse(data) as { borrowerIds?: unknown };
    if (Array.isArray(borrowerIds) && borrowerIds.every((id) => typeof id === "string")) return borrowerIds;
  } catch {
    // fall through
  }
  return "*";
}
