// A believable past for the overview's trend on seeded data (the demo start and the scale seed): 90 days of
// daily counts that end exactly at today's real counts. The portfolio grew, problems were somewhat more common
// earlier, and a carrier outage about six weeks ago left a visible bump. Pure and deterministic: the same
// counts and day always give the same history.
import { seededRandom } from "@/lib/seed/random";

export type RollupCounts = {
  monitored: number;
  compliant: number;
  atRisk: number;
  nonCompliant: number;
  disconnected: number;
  notConnected: number;
  notMonitored: number;
  stale: number;
  expiringSoon: number;
  openViolations: number;
};

export type RollupDay = RollupCounts & { day: Date };

const dayMs = 24 * 60 * 60 * 1000;
/** The portfolio was this much smaller at the start of the window. */
const growth = 0.12;
/** Problems were this much more frequent (relative) at the start of the window. */
const improvement = 0.35;
/** Days ago of the carrier outage: stale data and disconnections for two days. */
const outageDaysAgo = [41, 40];

export function demoRollupHistory({
  today,
  now,
  days = 90,
}: {
  today: RollupCounts;
  now: Date;
  days?: number;
}): RollupDay[] {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const random = seededRandom(midnight / dayMs);
  const history: RollupDay[] = [];
  for (let ago = days - 1; ago >= 0; ago--) {
    const day = new Date(midnight - ago * dayMs);
    if (ago === 0) {
      history.push({ day, ...today });
      continue;
    }
    const progress = ago / Math.max(1, days - 1);
    const size = 1 - growth * progress;
    const worse = 1 + improvement * progress;
    const outage = outageDaysAgo.includes(ago) ? 2.5 : 1;
    // Rounded at random (2.6 is 3 six times in ten): a demo's handful of borrowers still moves day to day.
    const vary = (value: number, factor: number, spread = 0.06) =>
      Math.max(0, Math.floor(value * factor * (1 + (random() - 0.5) * spread) + random()));
    const parts = {
      compliant: vary(today.compliant, size * (1 - 0.05 * progress) * (outage > 1 ? 0.97 : 1), 0.01),
      atRisk: vary(today.atRisk, size * worse),
      nonCompliant: vary(today.nonCompliant, size * worse),
      disconnected: vary(today.disconnected, size * worse * (outage > 1 ? 1.6 : 1)),
      notConnected: vary(today.notConnected, size),
    };
    const partsToday =
      today.compliant + today.atRisk + today.nonCompliant + today.disconnected + today.notConnected;
    const partsThen = Object.values(parts).reduce((sum, value) => sum + value, 0);
    history.push({
      day,
      ...parts,
      // Whatever today's `monitored` counts beyond these parts, it counted in the same proportion then.
      monitored: Math.max(partsThen, partsThen + Math.round((today.monitored - partsToday) * size)),
      notMonitored: vary(today.notMonitored, size * (1 - 0.3 * progress)),
      stale: vary(today.stale, size * worse * outage, 0.2),
      expiringSoon: vary(today.expiringSoon, size, 0.1),
      openViolations: vary(today.openViolations, size * worse),
    });
  }
  return history;
}
