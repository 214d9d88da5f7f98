// The compliance workflow end to end: a stricter profile, assigned; the carrier raises the deductible; the
// violation shows with its evidence; the officer asks the borrower to reconnect (the email lands in the
// outbox); the carrier lowers it back; the violation resolves.
import { sandboxVin } from "../../axle-twin/src/seed/auto-policies";
import { expect, signIn, test } from "./support/fixtures";
import { signInAtCarrier, startIgnitionFromCoverwatch } from "./support/start-ignition";
import { twinPolicyAction } from "./support/twin-admin";
import { createUserWithCli } from "./support/users";

test("a $500 collision deductible requirement, broken and restored", async ({
  page,
  stack,
  db,
}, testInfo) => {
  const step = async (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await signIn(page, stack.admin);

  // A borrower whose loan file names the lender and the collateral VIN, connected through the twin.
  const started = await startIgnitionFromCoverwatch(page, {
    firstName: "Dana",
    lastName: "Deductible",
    lenderName: "Coverwatch Demo Lending LLC",
    vin: sandboxVin("mercedes-c300"),
    // The officer sends the link: this journey follows a request to reconnect, not an invitation.
    invite: false,
  });
  await signInAtCarrier(page, started.ignitionUri, { username: "user-auto", password: "pass-auto" });
  await page.getByTestId("policy-mercedes-c300").click();
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();

  // An admin creates a profile requiring a collision deductible of at most $500.
  const profileName = `Strict collision ${started.loanReference}`;
  await page.goto("/requirements/new");
  await page.getByTestId("profile-name").fill(profileName);
  await page.getByTestId("rule-policy-active-enabled").check();
  await page.getByTestId("rule-collision-deductible-enabled").check();
  await page.getByTestId("rule-collision-deductible-maxDeductible").fill("500");
  await page.getByTestId("profile-save").click();
  await expect(page.getByTestId("profile-saved")).toHaveText(
    "Saved as version 1. No borrower follows it yet.",
  );
  await expect(page.getByTestId("profile-rule")).toHaveCount(2);
  await step("01-profile-created");

  // …and assigns it to the borrower.
  await page.goto(started.borrowerUrl);
  await page.getByTestId("profile-select").selectOption({ label: profileName });
  await page.getByTestId("assign-profile").click();
  await expect(page.getByTestId("assign-profile-notice")).toHaveText(
    "Profile assigned and policies evaluated.",
  );
  await page.reload();
  await expect(page.getByTestId("no-open-violations")).toBeVisible();
  await expect(page.getByTestId("evaluation")).toContainText(profileName);
  await expect(page.getByTestId("rule-result-collision-deductible")).toContainText("$500 deductible");
  await step("02-profile-assigned");

  // The carrier raises the deductible to $1,000.
  const policy = await db.query<{ id: string }>('SELECT id FROM "Policy" WHERE "borrowerId" = $1', [
    started.borrowerId,
  ]);
  const policyId = policy.rows[0]?.id ?? "";
  await twinPolicyAction(stack, policyId, "raise-deductible", { by: 500 });
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("open-violation")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const violation = page.getByTestId("open-violation");
  await expect(violation).toContainText("Collision on the collateral, deductible at most");
  await expect(violation.getByTestId("violation-evidence")).toContainText(
    "collision with a deductible of at most $500",
  );
  await expect(violation.getByTestId("violation-evidence")).toContainText("$1,000 deductible");
  await step("03-violation-with-evidence");

  // A compliance officer asks the borrower to reconnect; without SMTP the email lands in the outbox.
  const officer = createUserWithCli("COMPLIANCE_OFFICER", "Olive Officer");
  await page.getByTestId("user-menu").click();
  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("signin-email")).toBeVisible();
  await signIn(page, officer);
  await page.goto(started.borrowerUrl);
  // The officer takes the violation, due mid-January.
  await page.getByTestId("open-violation").getByTestId("assign-violation").click();
  await page.getByTestId("assign-select").click();
  await page.getByRole("option", { name: "Olive Officer" }).click();
  await page.getByTestId("assign-due").fill("2027-01-15");
  await page.getByTestId("assign-save").click();
  const assignment = page.getByTestId("open-violation").getByTestId("violation-assignment");
  await expect(assignment.getByTestId("assignee-name")).toHaveText("Olive Officer");
  await expect(assignment).toContainText("Due Jan 15, 2027");
  await page.getByTestId("open-violation").getByTestId("ask-reconnect").click();
  await expect(page.getByTestId("ask-reconnect-confirm-dialog")).toContainText(
    "Coverwatch emails Dana Deductible at dana@example.com a new link to reconnect",
  );
  await page.getByTestId("ask-reconnect-confirm").click();
  await expect(page.getByTestId("ask-reconnect-notice")).toHaveText(
    "Email to dana@example.com is in the outbox.",
  );
  await page.getByTestId("tab-outreach").click();
  await expect(page).toHaveURL(`${started.borrowerUrl}/outreach`);
  const entry = page.getByTestId("outreach-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Request to reconnect");
  await expect(entry).toContainText("to dana@example.com");
  await expect(entry.getByTestId("outreach-delivery")).toHaveText("In outbox");
  await expect(entry.getByTestId("outreach-reason")).toHaveText("Requirement failing");
  await expect(entry).toContainText("Olive Officer");
  await page.goto("/outbox");
  const email = page.getByTestId("outbox-email").first();
  await expect(email.getByTestId("outbox-subject")).toHaveText(
    "Please reconnect your insurance for Coverwatch Demo Lending LLC",
  );
  await expect(email.getByTestId("outbox-text")).toContainText(
    "What we found: The collision deductible on the 2019 Mercedes-Benz C 300 is $1,000, above the $500 allowed.",
  );
  // The link goes through the lender's page, which hands over to Ignition.
  await expect(email.getByTestId("outbox-text")).toContainText("/connect/start?s=");
  await step("04-email-in-outbox");

  // The carrier lowers it back: the violation resolves and stays in the history.
  await twinPolicyAction(stack, policyId, "raise-deductible", { by: -500 });
  await page.goto(started.borrowerUrl);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("no-open-violations")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByText("History (1 resolved)").click();
  await expect(page.getByTestId("resolved-violation")).toContainText("Collision on the collateral");
  await step("05-violation-resolved");

  const audit = await db.query<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE action IN ('requirement-profile.created', 'borrower.profile-assigned', 'outreach.requested', 'violation.opened', 'violation.resolved')
       AND (details->>'policyId' = $1 OR "targetId" = $2 OR details->>'rules' IS NOT NULL) ORDER BY id`,
    [policyId, started.borrowerId],
  );
  expect(audit.rows.map((row) => row.action)).toEqual(
    expect.arrayContaining([
      "borrower.profile-assigned",
      "violation.opened",
      "outreach.requested",
      "violation.resolved",
    ]),
  );
});
