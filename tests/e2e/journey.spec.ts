// The walking skeleton's thread, in a real browser: sign in → start Ignition → complete the twin's Ignition →
// the policy appears, fresh → the carrier cancels it → the violation shows → descope from the borrower's record →
// monitoring stopped.
import { accessTokenForPolicy, triggerPolicyEvent } from "./support/axle-sandbox";
import { expect, signIn, test } from "./support/fixtures";
import { signInAtCarrier, startIgnitionFromCoverwatch } from "./support/start-ignition";

test("an admin monitors a borrower's policy from Ignition to descope", async ({
  page,
  stack,
  db,
}, testInfo) => {
  const step = async (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await signIn(page, stack.admin);
  await step("01-signed-in");

  // Start Ignition for a new borrower.
  await page.getByTestId("nav-new-borrower").click();
  await expect(page).toHaveURL(/\/borrowers\/new$/);
  const { borrowerUrl, borrowerId, ignitionUri, loanReference } = await startIgnitionFromCoverwatch(page, {
    firstName: "Avery",
    lastName: "Quinn",
  });
  expect(ignitionUri).toMatch(
    new RegExp(
      `^${stack.twinUrl.replace("localhost", "(localhost|127\\.0\\.0\\.1)")}/ignition-ui/\\?token=ign_`,
    ),
  );
  await step("02-ignition-started");

  // The borrower completes the twin's hosted Ignition: carrier, test login, policy, consent.
  await signInAtCarrier(page, ignitionUri, { username: "user-auto", password: "pass-auto" });
  await page.getByTestId("policy-mercedes-c300").click();
  await step("03-twin-consent");
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();
  await step("04-borrower-connected");

  // The policy appears, active, with a fresh refreshedAt.
  await page.goto(borrowerUrl);
  await expect(page.getByTestId("monitoring-state")).toHaveText("Monitoring");
  const policyRow = page.getByTestId("policy-row");
  await expect(policyRow).toHaveCount(1);
  await expect(policyRow.getByTestId("policy-status")).toHaveText("Active");
  await expect(policyRow.getByTestId("freshness")).toContainText(/just now|minute/);
  await expect(policyRow.getByTestId("stale")).toHaveCount(0);
  await expect(page.getByTestId("no-open-violations")).toBeVisible();
  await step("05-policy-monitored");

  // The carrier cancels the policy: the twin's sandbox endpoint changes it and posts policy.modified.
  const policy = await db.query<{ id: string }>('SELECT id FROM "Policy" WHERE "borrowerId" = $1', [
    borrowerId,
  ]);
  const policyId = policy.rows[0]?.id ?? "";
  await triggerPolicyEvent(stack, await accessTokenForPolicy(db, stack, policyId), policyId, {
    isActive: false,
  });

  // The borrower list (searched by loan reference) leads with the status and counts the open violation.
  const row = page.getByTestId(`borrower-row-${loanReference}`);
  await expect(async () => {
    await page.goto(`/borrowers?q=${loanReference}`);
    await expect(row.getByTestId("open-violations")).toContainText("1", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row.getByTestId("compliance-status")).toHaveText("Non-compliant");
  await step("06-violation-on-borrower-list");
  await row.getByTestId("borrower-link").click();
  await expect(page).toHaveURL(borrowerUrl);
  await expect(page.getByTestId("compliance-status")).toHaveText("Non-compliant");
  await expect(policyRow.getByTestId("policy-status")).toHaveText("Inactive");
  await expect(page.getByTestId("open-violation")).toContainText("not active");
  await step("07-violation-on-borrower");

  // Descope from the borrower's record, with a confirmation that says what happens.
  await page.getByTestId("descope").click();
  await expect(page.getByTestId("descope-confirm")).toHaveText(
    "Coverwatch stops monitoring Avery Quinn's policy at State Farm: Axle stops sending updates, and this is recorded in the audit log.",
  );
  await step("08-descope-confirm");
  await page.getByTestId("descope-confirm-submit").click();
  await expect(page.getByTestId("monitoring-state")).toHaveText("Monitoring stopped");
  await expect(policyRow.getByTestId("policy-status")).toHaveText("Monitoring stopped");
  await expect(page.getByTestId("descope")).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("monitoring-state")).toHaveText("Monitoring stopped");
  await expect(page.getByTestId("descoped-note")).toContainText("by Demo admin");
  await step("09-monitoring-stopped");

  const audit = await db.query<{ action: string; actorLabel: string }>(
    `SELECT action, "actorLabel" FROM "AuditLog" WHERE action = 'connection.descoped' AND details->>'borrowerId' = $1`,
    [borrowerId],
  );
  expect(audit.rows).toEqual([{ action: "connection.descoped", actorLabel: stack.admin.email }]);
});
