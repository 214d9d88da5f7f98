// Where each seeded borrower stands, drawn with these weights: most are fine, and every state the dashboard
// must show (cautions, fails, disconnections, never connected, descoped) is present in realistic proportions.
import { type Random, weighted } from "./random";

export const scenarioWeights = {
  /** Everything passes. */
  compliant: 63,
  /** A caution: the term ends within 30 days and no renewal is on file. */
  expiring: 7,
  /** Axle stopped refreshing two to three days ago: stale, though within the profile's data-fresh rule. */
  stale: 4,
  /** Not refreshed for a week: stale, and the data-fresh rule fails. */
  "very-stale": 1,
  /** Cancelled by the carrier, or lapsed at the end of its term. */
  cancelled: 2.5,
  /** Collision or comprehensive deductible above the lender's maximum. */
  "high-deductible": 3,
  /** No lienholder on the policy at all. */
  "no-lienholder": 2.5,
  /** The lender printed as an additional interest rather than as lienholder: a caution. */
  "lender-as-interest": 1.5,
  /** Liability limits below the state minimums the profile asks for. */
  "low-limits": 1.5,
  /** The carrier connection broke (password changed, MFA asked again, account disabled). */
  disconnected: 5,
  /** An Ignition link was sent; the borrower has not connected. */
  "never-connected": 6,
  /** Monitoring stopped on purpose (loan paid off): the connection is descoped. */
  descoped: 3,
} as const;

export type Scenario = keyof typeof scenarioWeights;

export const pickScenario = (random: Random): Scenario => weighted(random, scenarioWeights);

export const hasPolicy = (scenario: Scenario) => scenario !== "never-connected";
