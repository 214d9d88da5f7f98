// A profile's new version, and its retirement, evaluate its borrowers as a job: the save answers at once, and
// the profile's page shows the job's progress until it is done.

import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";

test("a new version evaluates its borrowers as a job, with progress, and so does retiring it", async ({
  page,
  stack,
  db,
}) => {
  await signIn(page, stack.admin);
  const borrowers = [
    await connectBorrowerThroughTwin(stack, db),
    await connectBorrowerThroughTwin(stack, db),
  ];

  const profileName = `Collision within $1,000 ${borrowers[0]?.loanReference}`;
  await page.goto("/requirements/new");
  await page.getByTestId("profile-name").fill(profileName);
  await page.getByTestId("rule-collision-deductible-enabled").check();
  await page.getByTestId("rule-collision-deductible-maxDeductible").fill("1000");
  await page.getByTestId("profile-save").click();
  await expect(page.getByTestId("profile-saved")).toHaveText(
    "Saved as version 1. No borrower follows it yet.",
  );
  await expect(page.getByTestId("bulk-progress")).toHaveCount(0);
  const profileUrl = page.url().split("?")[0] ?? "";
  const profileId = profileUrl.split("/").at(-1) ?? "";
  await db.query(`UPDATE "Borrower" SET "requirementProfileId" = $1 WHERE id = ANY($2)`, [
    profileId,
    borrowers.map((borrower) => borrower.borrowerId),
  ]);

  // Stricter: the sandbox policy's $500 collision deductible now fails, for both borrowers, by a job.
  await page.goto(profileUrl);
  await page.getByTestId("rule-collision-deductible-maxDeductible").fill("250");

  // First a dry run: what the edit would do, for both borrowers and for one of them, saving nothing.
  await page.getByTestId("preview-loan-reference").fill(borrowers[0]?.loanReference ?? "");
  await page.getByTestId("profile-preview-run").click();
  const preview = page.getByTestId("profile-preview");
  await expect(preview.getByTestId("preview-portfolio")).toContainText(
    "All 2 monitored policies under this profile were evaluated.",
  );
  await expect(preview.getByTestId("preview-rules")).toHaveText(
    "Collision on the collateral, deductible at most: 2 newly failing (for example $500 deductible)",
  );
  await expect(preview.getByTestId("preview-rule-collision-deductible")).toContainText("Fail");
  await expect(preview.getByTestId("preview-rule-collision-deductible")).toContainText(
    "is $500, above the $250 allowed",
  );
  // The edit is still in the form, the loan too, and nothing was saved.
  await expect(page.getByTestId("rule-collision-deductible-maxDeductible")).toHaveValue("250");
  await expect(page.getByTestId("preview-loan-reference")).toHaveValue(borrowers[0]?.loanReference ?? "");
  const versions = await db.query(`SELECT 1 FROM "RequirementProfileVersion" WHERE "profileId" = $1`, [
    profileId,
  ]);
  expect(versions.rowCount).toBe(1);

  await page.getByTestId("profile-save").click();
  await expect(page.getByTestId("profile-saved")).toHaveText(
    "Saved as version 2. Its 2 borrowers are being evaluated against it.",
  );
  const progress = page.getByTestId("bulk-progress");
  await expect(progress).toContainText("Evaluate again");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(progress.getByTestId("bulk-progress-summary")).toHaveText("Done: 2 of 2");
  for (const borrower of borrowers) {
    await page.goto(`/borrowers/${borrower.borrowerId}`);
    await expect(page.getByTestId("open-violation")).toContainText("Collision on the collateral");
    await expect(page.getByTestId("evaluation")).toContainText(profileName);
  }

  // Retired: both fall back to the default profile, evaluated against it by a job whose progress shows.
  await page.goto(profileUrl);
  await page.getByTestId("profile-retire").click();
  await page.getByTestId("profile-retire-confirm").click();
  await expect(page).toHaveURL(/\?evaluation=/);
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(progress.getByTestId("bulk-progress-summary")).toHaveText("Done: 2 of 2");
  await page.goto(`/borrowers/${borrowers[0]?.borrowerId}`);
  await expect(page.getByTestId("evaluation")).not.toContainText(profileName);
});
