import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  type ConfiguredRule,
  evaluateBorrowerRules,
  evaluateRules,
  overallOutcome,
  ruleTitle,
} from "@/lib/requirements/evaluate-rules";
import type { RuleOutcome, RuleResult } from "@/lib/requirements/types";
import { db } from "../db";
import { loadBorrowerRuleContext } from "../requirements/borrower-rule-context";
import { ruleContextSelect, toRuleContext } from "../requirements/rule-context";

// A dry run of a profile's edited, unsaved rules: what would change if it were saved, written nowhere. Each
// monitored policy the profile applies to is evaluated with the draft and compared with its latest recorded
// evaluation. Up to `sampleSize` policies are all examined; beyond that a uniform random sample is, and every
// count is an estimate with its 95% margin (normal approximation, finite-population corrected).

/** How many policies a preview examines at most: a few seconds' work whatever the portfolio's size. */
export const previewSampleSize = 2_000;
const shownExamples = 20;
const readChunk = 1_000;

type Transition = { from: RuleOutcome; to: RuleOutcome };
export type PreviewCount = { count: number; estimate: number; margin: number };
export type PortfolioPreview = {
  /** Monitored policies the profile applies to. */
  total: number;
  examined: number;
  isSample: boolean;
  /** Overall outcome changes, most common first. */
  transitions: (Transition & PreviewCount)[];
  /** Per rule: policies it would newly fail (or no longer fail), with what one of them has. */
  rules: {
    ruleKey: string;
    title: string;
    newlyFailing: PreviewCount;
    newlyPassing: PreviewCount;
    example?: string;
  }[];
  /** Some of the policies that change, for the officer to check. */
  examples: {
    borrowerId: string;
    name: string;
    loanReference: string;
    from: RuleOutcome;
    to: RuleOutcome;
    because: string[];
  }[];
};

function estimate(count: number, examined: number, total: number): PreviewCount {
  if (examined === 0) return { count, estimate: 0, margin: 0 };
  if (examined === total) return { count, estimate: count, margin: 0 };
  const share = count / examined;
  const correction = Math.sqrt((total - examined) / Math.max(1, total - 1));
  return {
    count,
    estimate: Math.round(share * total),
    margin: Math.ceil(1.96 * Math.sqrt((share * (1 - share)) / examined) * correction * total),
  };
}

/** The borrowers a profile applies to, as SQL: its own, and for the default one the unassigned too. */
function scopeOf(profile: { id: string; isDefault: boolean }) {
  return profile.isDefault
    ? Prisma.sql`(b."requirementProfileId" = ${profile.id} OR b."requirementProfileId" IS NULL)`
    : Prisma.sql`b."requirementProfileId" = ${profile.id}`;
}

export async function previewProfile({
  profileId,
  rules,
  sampleSize = previewSampleSize,
  now = new Date(),
}: {
  profileId: string;
  rules: ConfiguredRule[];
  sampleSize?: number;
  now?: Date;
}): Promise<PortfolioPreview> {
  const profile = await db.requirementProfile.findUniqueOrThrow({
    where: { id: profileId },
    select: { id: true, isDefault: true },
  });
  const monitored = Prisma.sql`FROM "Policy" p JOIN "AxleConnection" c ON c.id = p."connectionId" AND c."isMonitoring"
    JOIN "Borrower" b ON b.id = p."borrowerId" WHERE ${scopeOf(profile)}`;
  const [counted] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${monitored}`;
  const total = counted?.total ?? 0;
  const picked =
    total <= sampleSize
      ? await db.$queryRaw<{ id: string }[]>`SELECT p.id ${monitored}`
      : await db.$queryRaw<{ id: string }[]>`SELECT p.id ${monitored} ORDER BY random() LIMIT ${sampleSize}`;
  const transitions = new Map<string, Transition & { count: number }>();
  const byRule = new Map<string, { newlyFailing: number; newlyPassing: number; example?: string }>();
  const examples: PortfolioPreview["examples"] = [];
  let examined = 0;
  for await (const policy of policiesFor(picked.map((row) => row.id))) {
    examined++;
    const before = (policy.evaluations[0]?.results ?? []) as unknown as RuleResult[];
    const after = evaluateRules(toRuleContext(policy, now), rules);
    const from = before.length > 0 ? overallOutcome(before) : "unknown";
    const to = overallOutcome(after);
    const beforeByRule = new Map(before.map((result) => [result.ruleKey, result.outcome]));
    const because: string[] = [];
    for (const result of after) {
      const was = beforeByRule.get(result.ruleKey);
      const entry = byRule.get(result.ruleKey) ?? { newlyFailing: 0, newlyPassing: 0 };
      if (result.outcome === "fail" && was !== "fail") {
        entry.newlyFailing++;
        entry.example ??= result.evidence.found;
        because.push(ruleTitle(result.ruleKey));
      }
      if (was === "fail" && result.outcome !== "fail") entry.newlyPassing++;
      byRule.set(result.ruleKey, entry);
    }
    if (from === to) continue;
    const key = `${from}→${to}`;
    const transition = transitions.get(key) ?? { from, to, count: 0 };
    transition.count++;
    transitions.set(key, transition);
    if (examples.length < shownExamples)
      examples.push({
        borrowerId: policy.borrower.id,
        name: `${policy.borrower.firstName} ${policy.borrower.lastName}`,
        loanReference: policy.borrower.loanReference,
        from,
        to,
        because,
      });
  }
  return {
    total,
    examined,
    isSample: examined < total,
    transitions: [...transitions.values()]
      .sort((a, b) => b.count - a.count)
      .map((transition) => ({ ...transition, ...estimate(transition.count, examined, total) })),
    rules: [...byRule.entries()]
      .filter(([, entry]) => entry.newlyFailing > 0 || entry.newlyPassing > 0)
      .map(([ruleKey, entry]) => ({
        ruleKey,
        title: ruleTitle(ruleKey),
        newlyFailing: estimate(entry.newlyFailing, examined, total),
        newlyPassing: estimate(entry.newlyPassing, examined, total),
        example: entry.example,
      })),
    examples,
  };
}

/** The policies to evaluate, read a chunk at a time (a query takes so many ids at most, and memory stays flat). */
async function* policiesFor(ids: string[]) {
  for (let start = 0; start < ids.length; start += readChunk)
    yield* await db.policy.findMany({
      where: { id: { in: ids.slice(start, start + readChunk) } },
      select: {
        ...ruleContextSelect,
        borrower: { select: { ...ruleContextSelect.borrower.select, id: true, loanReference: true } },
        evaluations: { orderBy: { evaluatedAt: "desc" }, take: 1, select: { results: true } },
      },
    });
}

/** One rule now and with the edit; `after` is null for a rule the edit takes out. */
type RulePreview = { ruleKey: string; title: string; before?: RuleOutcome; after: RuleResult | null };

export type BorrowerPreview = {
  borrowerId: string;
  name: string;
  policies: { policyId: string; rules: RulePreview[] }[];
  /** The rules about the borrower as a whole, over all of their policies. */
  borrowerRules: RulePreview[];
};

/** Each result of the draft beside the outcome the same rule had in the latest recorded evaluation. */
function beside(before: unknown, after: RuleResult[]): RulePreview[] {
  const earlier = (before ?? []) as RuleResult[];
  const outcomes = new Map(earlier.map((result) => [result.ruleKey, result.outcome]));
  const kept = new Set(after.map((result) => result.ruleKey));
  const compared = after.map((result) => ({
    ruleKey: result.ruleKey,
    title: ruleTitle(result.ruleKey),
    before: outcomes.get(result.ruleKey),
    after: result,
  }));
  // A rule the edit takes out still shows, as removed: removing a failing rule is a change worth seeing.
  const removed = earlier
    .filter((result) => !kept.has(result.ruleKey))
    .map((result) => ({
      ruleKey: result.ruleKey,
      title: ruleTitle(result.ruleKey),
      before: result.outcome,
      after: null,
    }));
  return [...compared, ...removed];
}

/** The draft against one borrower (by loan reference), rule by rule, with the evidence. Null when not found. */
export async function previewProfileForBorrower({
  loanReference,
  rules,
  now = new Date(),
}: {
  loanReference: string;
  rules: ConfiguredRule[];
  now?: Date;
}): Promise<BorrowerPreview | null> {
  const borrower = await db.borrower.findUnique({
    where: { loanReference },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      policies: {
        where: { connection: { isMonitoring: true } },
        select: {
          ...ruleContextSelect,
          evaluations: { orderBy: { evaluatedAt: "desc" }, take: 1, select: { results: true } },
        },
      },
    },
  });
  if (!borrower) return null;
  const [loaded, latest] = await Promise.all([
    loadBorrowerRuleContext(db, borrower.id, now),
    db.borrowerEvaluation.findFirst({
      where: { borrowerId: borrower.id },
      orderBy: { evaluatedAt: "desc" },
      select: { results: true },
    }),
  ]);
  return {
    borrowerId: borrower.id,
    name: `${borrower.firstName} ${borrower.lastName}`,
    policies: borrower.policies.map((policy) => ({
      policyId: policy.id,
      rules: beside(policy.evaluations[0]?.results, evaluateRules(toRuleContext(policy, now), rules)),
    })),
    borrowerRules:
      loaded && !loaded.isDescoped
        ? beside(latest?.results, evaluateBorrowerRules(loaded.context, rules))
        : [],
  };
}
