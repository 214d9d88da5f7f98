// Live updates: open pages follow what happens at the carrier without anyone reloading them, and wait for a
// user who is in the middle of something.
import type { Page } from "@playwright/test";
import { seriousAxeIssues } from "./support/axe";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { twinPolicyAction } from "./support/twin-admin";

declare global {
  interface Window {
    liveMarker?: string;
  }
}

/** Marks the loaded document: a reload would lose the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    window.liveMarker = "set before the change";
  });
}
const markOf = (page: Page) => page.evaluate(() => window.liveMarker);

/** The page's stream is open and this web process listens: a change committed from now on reaches it. */
const waitForLive = (page: Page) =>
  expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");

test("a live update appears on an open record when the twin cancels the policy, with no reload", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, stack.admin);
  await page.goto(`/borrowers/${borrower.borrowerId}`);
  const policyActive = page.getByTestId("open-violation").filter({ hasText: "Policy active" });
  await expect(page.getByTestId("borrower-name")).toHaveText("Sam Tester");
  await expect(policyActive).toHaveCount(0);
  await waitForLive(page);
  await markDocument(page);

  // The carrier cancels the policy: fired from the twin's control panel, in another tab.
  const panel = await page.context().newPage();
  await panel.goto(`${stack.twinUrl}/_twin/panel/policies/${borrower.policyId}`);
  await panel.getByTestId("action-cancel").click();
  await expect(panel.getByText("Done: Cancel the policy")).toBeVisible();
  await panel.close();

  await expect(policyActive).toHaveCount(1);
  await expect(page.getByTestId("compliance-summary").locator("[data-status]")).toHaveAttribute(
    "data-status",
    "NON_COMPLIANT",
  );
  await expect(page.getByTestId("live-status")).toContainText("Updated just now");
  expect(await markOf(page)).toBe("set before the change");
  expect(await seriousAxeIssues(page)).toEqual([]);
});

test("the violation queue shows a new violation as it opens, with no reload", async ({ page, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, stack.admin);
  // The violations seen last lead: the new one will be on the first page.
  await page.goto("/violations?sort=last-seen&dir=desc&size=100");
  const row = page.getByTestId("violation-row").filter({ hasText: borrower.loanReference });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Violations");
  await expect(row).toHaveCount(0);
  await waitForLive(page);
  await markDocument(page);

  await twinPolicyAction(stack, borrower.policyId, "cancel");

  await expect(row.filter({ hasText: "Policy active" })).toHaveCount(1);
  expect(await markOf(page)).toBe("set before the change");
});

test("a record waits while a dialog is open, then refreshes when it closes", async ({ page, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, stack.admin);
  await page.goto(`/borrowers/${borrower.borrowerId}/policy`);
  await waitForLive(page);
  await markDocument(page);
  await expect(page.getByTestId("term-current")).toContainText("Active");

  // The user is searching in the command palette when the carrier cancels the policy.
  await page.getByTestId("command-palette-trigger").click();
  await page.getByTestId("command-palette-input").fill("Sam");
  await twinPolicyAction(stack, borrower.policyId, "cancel");
  const status = page.getByTestId("live-status");
  await expect(status).toHaveAttribute("data-state", "waiting");
  await expect(status).toContainText("New changes: this page refreshes when you finish.");
  // The refresh was held back at the moment the change arrived: the page still shows the policy as it was.
  await expect(page.getByTestId("command-palette-input")).toHaveValue("Sam");
  await expect(page.getByTestId("term-current")).not.toContainText("Inactive");

  await page.keyboard.press("Escape");
  await expect(page.getByTestId("command-palette")).toHaveCount(0);
  await expect(page.getByTestId("term-current")).toContainText("Inactive");
  await expect(status).toContainText("Updated just now");
  expect(await markOf(page)).toBe("set before the change");
});

test("the live stream refuses a visitor without a session with 401 JSON", async ({ request }) => {
  const response = await request.get("/api/live", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to continue." } });
});
