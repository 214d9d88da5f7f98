// Notification settings: any signed-in user chooses their own emails (new violations from a severity up, on every
// borrower or only those assigned to them, and the daily digest), saves them, finds them kept after a reload, and
// the change is in the audit log; the page passes axe and fits a 390 px phone.
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

test("a user saves their notification settings, and finds them kept after a reload", async ({
  page,
  browser,
  stack,
}) => {
  const officer = createUserWithCli("COMPLIANCE_OFFICER", "Nadia Notified");
  await signIn(page, officer);
  await page.getByTestId("user-menu").click();
  await page.getByTestId("notification-settings").click();
  await expect(page).toHaveTitle("Notifications · Coverwatch");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");

  // Nobody is emailed before they ask.
  await expect(page.getByTestId("notify-immediate")).toHaveText("Off");
  await expect(page.getByTestId("notify-scope")).toHaveText("Every borrower");
  await expect(page.getByTestId("notify-digest")).not.toBeChecked();

  await page.getByTestId("notify-immediate").click();
  await page.getByTestId("notify-immediate-HIGH").click();
  await page.getByTestId("notify-scope").click();
  await page.getByTestId("notify-scope-ASSIGNED_TO_ME").click();
  await page.getByTestId("notify-digest").click();
  await page.getByTestId("save-notifications").click();
  await expect(page.getByTestId("form-notice")).toHaveText("Notification settings saved.");
  await expect(page.getByTestId("notify-immediate")).toHaveText("High or critical");

  await page.reload();
  await expect(page.getByTestId("notify-immediate")).toHaveText("High or critical");
  await expect(page.getByTestId("notify-scope")).toHaveText("Only violations assigned to me");
  await expect(page.getByTestId("notify-digest")).toBeChecked();

  // Saving what is already saved says so, and changes nothing.
  await page.getByTestId("save-notifications").click();
  await expect(page.getByTestId("form-notice")).toHaveText("No change: these are already your settings.");

  // Turned off again from the account page's link: the digest alone is unticked.
  await page.goto("/settings/account");
  await page.getByTestId("account-notifications-link").click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await page.getByTestId("notify-digest").click();
  await page.getByTestId("save-notifications").click();
  await expect(page.getByTestId("form-notice")).toHaveText("Notification settings saved.");
  await page.reload();
  await expect(page.getByTestId("notify-digest")).not.toBeChecked();
  await expect(page.getByTestId("notify-immediate")).toHaveText("High or critical");

  // An admin reads both changes in the audit log, made by the user themselves.
  const admin = await browser.newContext({ baseURL: stack.appUrl });
  const adminPage = await admin.newPage();
  await signIn(adminPage, stack.admin);
  await adminPage.goto(
    `/audit?${new URLSearchParams({ action: "user.notifications-changed", actor: officer.email })}`,
  );
  const rows = adminPage.getByTestId("audit-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId("audit-actor")).toHaveText([officer.email, officer.email]);
  await admin.close();
});

test("the notifications page passes axe and fits a 390 px phone", async ({ page }) => {
  await signIn(page, createUserWithCli("VIEWER", "Pia Phone"));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/settings/notifications");
  await expect(page.getByTestId("save-notifications")).toBeVisible();
  expect(await seriousAxeIssues(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/notifications");
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
  await expect(page.getByTestId("save-notifications")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  expect(await seriousAxeIssues(page)).toEqual([]);
  // The choices open as a list that fits the phone too.
  await page.getByTestId("notify-immediate").click();
  await expect(page.getByTestId("notify-immediate-LOW")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test("a digest's link opens the queue filtered on its moment, shown as a filter the user can remove", async ({
  page,
}) => {
  await signIn(page, createUserWithCli("VIEWER", "Lina Linked"));
  await page.goto("/violations?status=RESOLVED&resolvedSince=2026-11-29T07%3A00%3A00.000Z");
  const since = page.getByTestId("filter-resolvedSince");
  await expect(since).toContainText("Resolved since Nov 29, 2026, 07:00 UTC");
  await expect(page.getByTestId("filter-openedSince")).toHaveCount(0);
  await since.click();
  await expect(page).toHaveURL(/\/violations\?status=RESOLVED$/);
  await expect(page.getByTestId("filter-resolvedSince")).toHaveCount(0);
});
