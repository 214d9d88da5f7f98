// Benchmark: the profile editor's Preview at a lender's size. Seeds a portfolio (`seed:scale`), then previews a
// stricter collision deductible on the default profile (which every seeded borrower follows) two ways in one run:
//  1. as the editor runs it: a random sample of 2,000 policies, counts estimated with a 95% margin;
//  2. the baseline: every monitored policy evaluated, exact counts (what a job would have to do).
// It prints each one's time, and whether the sample's estimates hold the exact counts within their margins.
//   npm run bench:preview -- [--borrowers 100000]
import { parseArgs } from "node:util";
import { seedPortfolio, startBenchStack } from "./bench-stack";

const { values } = parseArgs({ options: { borrowers: { type: "string" } } });
const borrowers = Number(values.borrowers ?? 100_000);

const stack = await startBenchStack("preview");
try {
  await seedPortfolio(stack, borrowers);
  // The server modules read the stack's environment.
  Object.assign(process.env, stack.appEnv);
  const { db } = await import("../lib/server/db");
  const { previewProfile, previewSampleSize } = await import("../lib/server/profiles/preview-profile");
  const profile = await db.requirementProfile.findFirstOrThrow({ where: { isDefault: true } });
  const rules = [{ ruleKey: "collision-deductible", input: { maxDeductible: 500 } }];

  const timed = async (sampleSize: number) => {
    const startedAt = performance.now();
    const preview = await previewProfile({ profileId: profile.id, rules, sampleSize });
    return { preview, seconds: (performance.now() - startedAt) / 1000 };
  };
  const sampled = await timed(previewSampleSize);
  const exact = await timed(Number.MAX_SAFE_INTEGER);

  const newlyFailing = (preview: typeof sampled.preview) =>
    preview.rules.find((rule) => rule.ruleKey === "collision-deductible")?.newlyFailing;
  const estimated = newlyFailing(sampled.preview);
  const counted = newlyFailing(exact.preview)?.count ?? 0;
  console.log(
    `\nProfile preview on ${exact.preview.total} monitored policies (${borrowers} borrowers): collision deductible at most $500`,
  );
  console.log(
    `  sample of ${sampled.preview.examined} (the editor):  ${sampled.seconds.toFixed(1)} s, newly failing about ${estimated?.estimate} ± ${estimated?.margin}`,
  );
  console.log(
    `  every policy (the baseline):   ${exact.seconds.toFixed(1)} s, newly failing exactly ${counted}`,
  );
  const isWithin = estimated !== undefined && Math.abs(estimated.estimate - counted) <= estimated.margin;
  console.log(`  the exact count is ${isWithin ? "within" : "OUTSIDE"} the sample's stated margin`);
  await db.$disconnect();
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await stack.stop();
}
