// Time arithmetic for the seed, relative to one `now` so a whole run is consistent with itself.
export const hourMs = 60 * 60 * 1000;
export const dayMs = 24 * hourMs;

export const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * hourMs);
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

/** A policy term boundary as carriers report it: midnight US Eastern (04:00Z) of the day. */
export function termBoundary(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T04:00:00.000Z`;
}
