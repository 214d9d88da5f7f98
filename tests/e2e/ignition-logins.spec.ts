// Every test login of the twin's hosted Ignition, each started from Coverwatch's Start Ignition, each ending
// in the state a compliance officer should see in Coverwatch.
import { expect, signIn, test } from "./support/fixtures";
import { signInAtCarrier, startIgnitionFromCoverwatch } from "./support/start-ignition";

test.beforeEach(async ({ page, stack }) => {
  await signIn(page, stack.admin);
});

test("user-auto: a linked auto policy, active and monitored", async ({ page }) => {
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Alex", lastName: "Auto" });
  await signInAtCarrier(page, started.ignitionUri, { username: "user-auto", password: "pass-auto" });
  await page.getByTestId("policy-hyundai-sonata").click();
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("ignition-status")).toHaveText("completed");
  await expect(page.getByTestId("connection-status")).toHaveText("Active");
  await expect(page.getByTestId("policy-row").getByTestId("policy-type")).toHaveText("Auto");
  await expect(page.getByTestId("policy-status")).toHaveText("Active");
  await expect(page.getByTestId("no-open-violations")).toBeVisible();
});

test("user-home: a home policy, active and monitored", async ({ page, db }) => {
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Harper", lastName: "Home" });
  await signInAtCarrier(page, started.ignitionUri, { username: "user-home", password: "pass-home" });
  await page.getByTestId("policy-fake-st-atlanta").click();
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("policy-row").getByTestId("policy-type")).toHaveText("Home");
  await expect(page.getByTestId("policy-status")).toHaveText("Active");
  const stored = await db.query<{ type: string; address: string }>(
    `SELECT type, data->'address'->>'addressLine1' AS address FROM "Policy" WHERE "borrowerId" = $1`,
    [started.borrowerId],
  );
  expect(stored.rows).toEqual([{ type: "home", address: "123 Fake St." }]);
});

test("user-error: the connection fails, Coverwatch says so and stores no connection", async ({
  page,
  db,
}) => {
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Erin", lastName: "Error" });
  await signInAtCarrier(page, started.ignitionUri, { username: "user-error", password: "pass-error" });
  await expect(page.getByTestId("connect-failed")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("ignition-status")).toHaveText("errored");
  await expect(page.getByTestId("ignition-outcome")).toHaveText(
    "We could not connect to your carrier account.",
  );
  await expect(page.getByTestId("monitoring-state")).toHaveText("Not connected");
  const connections = await db.query('SELECT 1 FROM "AxleConnection" WHERE "borrowerId" = $1', [
    started.borrowerId,
  ]);
  expect(connections.rowCount).toBe(0);
});

test("my carrier is not listed: a manual policy, connection inactive, activity not reported", async ({
  page,
  db,
}) => {
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Morgan", lastName: "Manual" });
  await page.goto(started.ignitionUri);
  await page.getByTestId("carrier-not-listed").click();
  await page.getByTestId("manual-carrierName").fill("Tiny Mutual");
  await page.getByTestId("manual-policyNumber").fill("TM-4410");
  await page.getByTestId("manual-effectiveDate").fill("2026-06-01");
  await page.getByTestId("manual-expirationDate").fill("2027-06-01");
  await page.getByTestId("manual-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("ignition-outcome")).toContainText("manual entry");
  await expect(page.getByTestId("connection-status")).toHaveText("Inactive");
  await expect(page.getByTestId("policy-row")).toContainText("Tiny Mutual · TM-4410");
  await expect(page.getByTestId("policy-status")).toHaveText("Unknown");
  const stored = await db.query<{ hasActiveFlag: boolean; result: string }>(
    `SELECT data ? 'isActive' AS "hasActiveFlag", data->>'result' AS result FROM "Policy" WHERE "borrowerId" = $1`,
    [started.borrowerId],
  );
  expect(stored.rows).toEqual([{ hasActiveFlag: false, result: "manual" }]);
  // No carrier reports on a hand-entered policy: whether it is active is unknown, and nothing will tell us
  // when it changes.
  const evaluation = await db.query<{ results: { ruleKey: string; outcome: string }[] }>(
    `SELECT e.results FROM "Evaluation" e JOIN "Policy" p ON p.id = e."policyId" WHERE p."borrowerId" = $1`,
    [started.borrowerId],
  );
  expect(evaluation.rows).toHaveLength(1);
  const outcomes = Object.fromEntries(
    (evaluation.rows[0]?.results ?? []).map((result) => [result.ruleKey, result.outcome]),
  );
  expect(outcomes).toMatchObject({ "policy-active": "unknown", "account-connected": "caution" });
});

test("exit: the borrower leaves, Coverwatch shows where and offers a new link", async ({ page }) => {
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Eli", lastName: "Exit" });
  await page.goto(started.ignitionUri);
  await page.getByTestId("ignition-exit").click();
  await expect(page.getByTestId("connect-exited")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("ignition-status")).toHaveText("exited");
  await expect(page.getByTestId("ignition-outcome")).toContainText("“carrier-select” step");
  await page.getByTestId("restart-ignition").click();
  await expect(page.getByTestId("ignition-status")).toHaveText("created");
  await expect(page.getByTestId("ignition-link")).toHaveAttribute("href", /token=ign_/);
});
