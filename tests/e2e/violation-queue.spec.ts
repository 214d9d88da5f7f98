// The violation queue as an officer works it: tick disconnection violations, waive them with a reason and an
// end date (the rows turn muted, "Waived until …"), assign them to themselves and find them under "Mine", sort by
// a column from its header (the order and the URL change); it passes axe and fits a phone.
import type pg from "pg";
import { seriousAxeIssues } from "./support/axe";
import { type ConnectedBorrower, connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, type Stack, signIn, test } from "./support/fixtures";
import { seedPortfolioOnce } from "./support/seed-portfolio";
import { createUserWithCli } from "./support/users";

test.beforeEach(async ({ db }) => {
  // A varied portfolio, so that sorting has severities and names to order.
  await seedPortfolioOnce(db);
});

/** A borrower whose carrier credentials expired on the twin: its queue has a disconnection violation. */
async function disconnectedBorrower(stack: Stack, db: pg.Client): Promise<ConnectedBorrower> {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const response = await fetch(
    `${stack.twinUrl}/_twin/accounts/${borrower.accountId}/actions/expire-credentials`,
    {
      method: "POST",
      headers: { "x-client-id": stack.axleClient.id, "x-client-secret": stack.axleClient.secret },
    },
  );
  expect(response.ok).toBe(true);
  await expect
    .poll(
      async () =>
        (
          await db.query(`SELECT 1 FROM "Violation" WHERE "borrowerId" = $1 AND status = 'OPEN'`, [
            borrower.borrowerId,
          ])
        ).rowCount,
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  return borrower;
}

const severityRank: Record<string, number> = { Low: 0, Medium: 1, High: 2, Critical: 3 };

test("select rows, waive them until a date, assign them to me, find them under Mine", async ({
  page,
  stack,
  db,
}) => {
  test.setTimeout(120_000);
  const borrowers = [await disconnectedBorrower(stack, db), await disconnectedBorrower(stack, db)];
  const officer = createUserWithCli("COMPLIANCE_OFFICER", "Quinn Queue");
  await signIn(page, officer);
  // The violations seen last lead: ours are on the first page.
  await page.goto("/violations?sort=last-seen&dir=desc&size=100");
  const rows = borrowers.map((borrower) =>
    page.getByTestId("violation-row").filter({ hasText: borrower.loanReference }),
  );
  for (const row of rows) {
    await expect(row).toHaveCount(1);
    await row.getByTestId("select-row").check();
  }
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");

  const until = new Date(Date.now() + 45 * 86_400_000);
  const untilText = until.toLocaleDateString("en-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  await page.getByTestId("bulk-waive").click();
  const dialog = page.getByTestId("bulk-waive-confirm-dialog");
  // Nothing typed yet: the confirm refuses, and says why.
  await page.getByTestId("bulk-waive-confirm").click();
  await expect(dialog).toContainText("Give the reason for the waiver");
  await page.getByTestId("bulk-waive-reason").fill("Carrier outage, borrowers informed");
  await page.getByTestId("bulk-waive-until").fill(until.toISOString().slice(0, 10));
  await expect(dialog.getByRole("heading")).toHaveText(`Waive 2 violations until ${untilText}?`);
  await page.getByTestId("bulk-waive-confirm").click();
  await expect(dialog).toBeHidden();
  for (const row of rows) {
    await expect(row).toHaveAttribute("data-status", "WAIVED");
    await expect(row.getByTestId("violation-row-status")).toHaveText(`Waived until ${untilText}`);
  }
  await expect(page.getByTestId("bulk-progress").first()).toHaveAttribute("data-status", "DONE");

  for (const row of rows) await row.getByTestId("select-row").check();
  await page.getByTestId("bulk-assign").click();
  await expect(page.getByTestId("bulk-assign-confirm-dialog").getByRole("heading")).toHaveText(
    "Assign 2 violations to you?",
  );
  await page.getByTestId("bulk-assign-confirm").click();
  for (const row of rows) await expect(row.getByTestId("violation-assignee")).toContainText("Quinn Queue");

  // A due date for both: the dialog asks for a date before it can confirm, and clearing is a separate choice.
  for (const row of rows) await row.getByTestId("select-row").check();
  await page.getByTestId("bulk-due").click();
  const dueDialog = page.getByTestId("bulk-due-confirm-dialog");
  await expect(dueDialog.getByRole("heading")).toHaveText("Set a due date for 2 violations");
  await expect(page.getByTestId("bulk-due-confirm")).toBeDisabled();
  await page.getByTestId("bulk-due-date").fill("2027-01-15");
  await expect(dueDialog.getByRole("heading")).toHaveText("Set 2 violations due on Jan 15, 2027?");
  await page.getByTestId("bulk-due-confirm").click();
  await expect(dueDialog).toBeHidden();
  for (const row of rows) await expect(row.getByTestId("violation-due")).toHaveText("Jan 15, 2027");

  await page.getByTestId("filter-mine").click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(page.getByTestId("violation-row")).toHaveCount(2);
  for (const borrower of borrowers)
    await expect(page.getByTestId("violation-row").filter({ hasText: borrower.loanReference })).toHaveCount(
      1,
    );

  const audit = await db.query<{ action: string }>(
    `SELECT a.action FROM "AuditLog" a JOIN "Violation" v ON v.id = a."targetId"
     WHERE v."borrowerId" = ANY($1) AND a.action IN ('violation.waived', 'violation.assigned') ORDER BY a.id`,
    [borrowers.map((borrower) => borrower.borrowerId)],
  );
  expect(audit.rows.map((row) => row.action).sort()).toEqual([
    "violation.assigned",
    "violation.assigned",
    "violation.waived",
    "violation.waived",
  ]);
});

test("a column header sorts the queue, in the URL, and a second click reverses", async ({ page, stack }) => {
  await signIn(page, stack.admin);
  await page.goto("/violations?size=100");
  const severities = async () =>
    (await page.getByTestId("violation-severity").allTextContents()).map((text) => severityRank[text] ?? -1);
  const before = await page.getByTestId("violation-row").first().textContent();

  await page.getByTestId("sort-severity").click();
  await expect(page).toHaveURL(/sort=severity&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Severity/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const descending = await severities();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(new Set(descending).size).toBeGreaterThan(1);

  await page.getByTestId("sort-severity").click();
  await expect(page).toHaveURL(/sort=severity&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /Severity/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const ascending = await severities();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(await page.getByTestId("violation-row").first().textContent()).not.toEqual(before);

  // The export link carries the view.
  await expect(page.getByTestId("export-violations")).toHaveAttribute(
    "href",
    "/violations/export.csv?sort=severity&dir=asc",
  );
  // Back restores the previous order.
  await page.goBack();
  await expect(page).toHaveURL(/sort=severity&dir=desc/);
});

test("a viewer sees no checkboxes or actions; ?severity=low works, an unknown one is named", async ({
  page,
}) => {
  await signIn(page, createUserWithCli("VIEWER", "Vera Viewer"));
  await page.goto("/violations?severity=low");
  await expect(page.getByTestId("violation-table")).toBeVisible();
  await expect(page.getByTestId("violation-severity").first()).toHaveText("Low");
  await expect(page.getByTestId("select-row")).toHaveCount(0);
  await expect(page.getByTestId("select-page")).toHaveCount(0);
  await expect(page.getByTestId("assign-violation")).toHaveCount(0);
  await page.goto("/violations?severity=urgent");
  await expect(page.getByTestId("list-notice")).toHaveText("Ignored an unknown severity: “urgent”.");
});

test("axe finds no serious or critical issue, with a selection open; a phone does not scroll sideways", async ({
  page,
}) => {
  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER", "Axel Officer"));
  await page.goto("/violations");
  await page.getByTestId("select-row").first().check();
  await expect(page.getByTestId("bulk-bar")).toBeVisible();
  expect(await seriousAxeIssues(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    "/violations",
    "/violations?assignee=me&overdue=1",
    "/violations?sort=assignee&dir=asc",
  ]) {
    await page.goto(path);
    await expect(page.getByTestId("violation-filters")).toBeVisible();
    if (path === "/violations") await page.getByTestId("select-row").first().check();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 390 });
  }
});
