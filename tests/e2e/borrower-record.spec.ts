// The borrower record's tabs against a borrower connected through the twin: the policy as the carrier reports
// it, a change fired from the twin's own control panel, and the timeline telling that change in words.
import { sandboxVin } from "../../axle-twin/src/seed/auto-policies";
import { seriousAxeIssues } from "./support/axe";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

const tabs = ["compliance", "policy", "timeline", "collateral", "outreach"] as const;

test("policy, timeline, collateral and outreach tabs tell the record; a deductible raised at the carrier reads in words", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER"));
  await page.goto(`/borrowers/${borrower.borrowerId}`);
  await page.getByTestId("tab-policy").click();
  await expect(page).toHaveURL(new RegExp(`/borrowers/${borrower.borrowerId}/policy$`));
  await expect(page.getByTestId("tab-policy")).toHaveAttribute("aria-current", "page");

  // The policy as the carrier reports it: terms, coverages with their vehicle, the vehicle itself.
  const collision = page.locator('[data-testid="policy-coverage"][data-code="COLL"]');
  await expect(collision).toContainText("Collision");
  await expect(collision).toContainText("2019 Mercedes-Benz C 300");
  await expect(collision.getByTestId("coverage-deductible")).toHaveText("$500");
  const vehicle = page.getByTestId("policy-vehicle");
  await expect(vehicle).toContainText(sandboxVin("mercedes-c300"));
  // The borrower was created without collateral: the vehicle is not marked as the loan's.
  await expect(vehicle).toHaveAttribute("data-collateral", "false");
  await expect(page.getByTestId("term-current")).toContainText("Active");
  await expect(page.getByTestId("policy-third-party").first()).toContainText("Lienholder");
  await expect(page.getByTestId("policy-insured").first()).toBeVisible();

  // The carrier raises the deductibles: fired from the twin's control panel, as a tester would.
  const panel = await page.context().newPage();
  await panel.goto(`${stack.twinUrl}/_twin/panel/policies/${borrower.policyId}`);
  await panel.getByTestId("action-raise-deductible").click();
  await expect(
    panel.getByText("Done: Raise the collision and comprehensive deductibles by $500"),
  ).toBeVisible();
  await panel.close();
  await expect(async () => {
    await page.reload();
    await expect(collision.getByTestId("coverage-deductible")).toHaveText("$1,000", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The timeline tells the change in words, newest first, and filters by kind in the URL.
  await page.getByTestId("tab-timeline").click();
  const change = page.getByTestId("timeline-entry").filter({ hasText: "changed after a webhook from Axle" });
  await expect(change.first()).toContainText(
    "Collision deductible on 2019 Mercedes-Benz C 300: $500 → $1,000",
  );
  await expect(change.first()).toContainText(
    "Comprehensive deductible on 2019 Mercedes-Benz C 300: $500 → $1,000",
  );
  await expect(
    page
      .getByTestId("timeline-entry")
      .filter({ hasText: "Axle reported a change to the policy · processed" }),
  ).not.toHaveCount(0);

  await page.getByTestId("timeline-kind-event").click();
  await expect(page).toHaveURL(/\/timeline\?kind=event$/);
  await expect(page.getByTestId("timeline-kind-event")).toHaveAttribute("aria-current", "page");
  const events = page.getByTestId("timeline-entry");
  await expect(events.first()).toHaveAttribute("data-kind", "event");
  expect(
    new Set(await events.evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-kind")))),
  ).toEqual(new Set(["event"]));
  // Only the changes: the oldest is what the borrower's connection fetched first.
  await page.getByTestId("timeline-kind-change").click();
  await expect(page).toHaveURL(/\/timeline\?kind=change$/);
  await expect(page.getByTestId("timeline-entry").last()).toContainText(
    "fetched when the borrower connected",
  );
  await page.goto(`/borrowers/${borrower.borrowerId}/timeline?kind=nonsense`);
  await expect(page.getByText('"nonsense" is not a kind of entry: showing everything.')).toBeVisible();

  // No email yet: the Outreach tab says so; the Collateral tab offers to add the vehicle.
  await page.getByTestId("tab-outreach").click();
  await expect(page.getByTestId("no-outreach")).toBeVisible();
  await page.getByTestId("tab-collateral").click();
  await expect(page.getByTestId("collateral-card")).toBeVisible();
});

test("every tab of the record passes axe and fits a phone", async ({ page, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, stack.admin);
  for (const tab of tabs) {
    const path = `/borrowers/${borrower.borrowerId}${tab === "compliance" ? "" : `/${tab}`}`;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute("aria-current", "page");
    expect({ tab, issues: await seriousAxeIssues(page) }).toEqual({ tab, issues: [] });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByTestId(`tab-${tab}`)).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ tab, width }).toEqual({ tab, width: 390 });
  }
});
