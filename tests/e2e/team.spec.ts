// The team: an admin invites a teammate, who sets a password from the emailed link (read from the outbox: the
// test stack has no SMTP server) and signs in; deactivation, sign-out and a password change end sessions on the
// server at once, even for a copied cookie; viewers cannot manage the team; the pages pass axe and fit a phone.

import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { type Role, roleLabels } from "../../lib/auth/permissions";
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

/** Invites a teammate through the team page, confirming the email; answers their address. */
async function inviteThroughTeamPage(page: Page, { name, role }: { name: string; role: Role }) {
  const email = `team-${randomBytes(4).toString("hex")}@example.com`;
  await page.goto("/settings/users");
  await page.getByTestId("invite-name").fill(name);
  await page.getByTestId("invite-email").fill(email);
  await page.getByTestId("invite-role").click();
  await page.getByTestId(`invite-role-${role}`).click();
  await page.getByTestId("invite-user").click();
  await expect(page.getByTestId("invite-confirm-text")).toHaveText(
    `An email with a set-password link will be sent to ${email}, who joins as ${roleLabels[role]}. The link works once, for 72 hours.`,
  );
  await page.getByTestId("invite-user-confirm").click();
  await expect(page.getByTestId("invite-user-notice")).toContainText(`${name} is invited.`);
  await expect(page.getByTestId("invite-user-notice")).toContainText("in the outbox");
  return email;
}

/** The set-password link of the newest email to `to`, read on the outbox page as an admin reads it. */
async function linkFromOutbox(page: Page, to: string) {
  await page.goto("/outbox");
  const email = page
    .getByTestId("outbox-email")
    .filter({ hasText: `To ${to}` })
    .first();
  const text = (await email.getByTestId("outbox-text").textContent()) ?? "";
  const link = /https?:\/\/\S+\/set-password\?token=[\w-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no set-password link in the email to ${to}: ${text}`);
  return link;
}

async function openAs(browser: Browser, baseURL: string, user: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

function teamRow(page: Page, email: string) {
  return page.locator(`[data-testid="team-row"][data-email="${email}"]`);
}

test("an admin invites a teammate, who sets a password from the outbox link and signs in", async ({
  page,
  browser,
  stack,
}) => {
  await signIn(page, stack.admin);
  await page.getByTestId("nav-team").click();
  await expect(page).toHaveTitle("Team · Coverwatch");
  const email = await inviteThroughTeamPage(page, { name: "Ines Invited", role: "COMPLIANCE_OFFICER" });
  const row = teamRow(page, email);
  await expect(row.getByTestId("team-state")).toHaveText("Invited");
  await expect(row.getByTestId("team-role")).toHaveText("Compliance officer");
  await expect(row.getByTestId("team-last-sign-in")).toHaveText("Never");

  const link = await linkFromOutbox(page, email);
  expect(new URL(link).origin).toBe(new URL(stack.appUrl).origin);

  const invitee = await browser.newContext({ baseURL: stack.appUrl });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByTestId("set-password-for")).toHaveText(`For Ines Invited (${email})`);
  expect(await seriousAxeIssues(inviteePage)).toEqual([]);
  // Two different passwords: refused at the second field, both kept as typed.
  await inviteePage.getByTestId("new-password").fill("a long enough password");
  await inviteePage.getByTestId("confirm-password").fill("a long enough passw0rd");
  await inviteePage.getByTestId("set-password").click();
  await expect(inviteePage.getByText("The two passwords differ.")).toBeVisible();
  await expect(inviteePage.getByTestId("new-password")).toHaveValue("a long enough password");
  await expect(inviteePage.getByTestId("confirm-password")).toHaveAttribute("aria-invalid", "true");
  await inviteePage.getByTestId("confirm-password").fill("a long enough password");
  await inviteePage.getByTestId("set-password").click();
  await expect(inviteePage).toHaveURL(/\/signin\?notice=password-set$/);
  await expect(inviteePage.getByTestId("signin-notice")).toHaveText("Your password is set. Sign in with it.");
  await signIn(inviteePage, { email, password: "a long enough password" });
  await expect(inviteePage.getByTestId("current-user")).toContainText("Ines Invited");
  await expect(inviteePage.getByTestId("current-user")).toContainText("Compliance officer");

  // The link worked once.
  await inviteePage.goto(link);
  await expect(inviteePage.getByTestId("set-password-refused")).toContainText("This link was already used");
  expect(await seriousAxeIssues(inviteePage)).toEqual([]);
  await invitee.close();

  await page.goto("/settings/users");
  await expect(teamRow(page, email).getByTestId("team-state")).toHaveText("Active");
  await expect(teamRow(page, email).getByTestId("team-last-sign-in")).toHaveText("just now");
  await page.goto("/audit?action=user.invite-accepted");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText(email);
});

test("deactivating a teammate refuses their open browser on its next request, until reactivated", async ({
  page,
  browser,
  stack,
}) => {
  const viewer = createUserWithCli("VIEWER", "Val Viewer");
  const theirs = await openAs(browser, stack.appUrl, viewer);

  await signIn(page, stack.admin);
  await page.goto("/settings/users");
  const row = teamRow(page, viewer.email);
  await row.getByTestId("user-actions").click();
  await page.getByTestId("user-action-deactivate").click();
  await expect(page.getByTestId("user-deactivate-confirm-dialog")).toContainText(
    "Val Viewer is signed out everywhere at once",
  );
  await page.getByTestId("user-deactivate-confirm").click();
  await expect(row.getByTestId("team-state")).toHaveText("Deactivated");

  await theirs.page.getByTestId("nav-borrowers").click();
  await expect(theirs.page).toHaveURL(/\/signin/);
  await theirs.page.getByTestId("signin-email").fill(viewer.email);
  await theirs.page.getByTestId("signin-password").fill(viewer.password);
  await theirs.page.getByTestId("signin-submit").click();
  await expect(theirs.page.getByTestId("signin-error")).toHaveText("Wrong email or password.");

  await row.getByTestId("user-actions").click();
  await page.getByTestId("user-action-reactivate").click();
  await page.getByTestId("user-reactivate-confirm").click();
  await expect(row.getByTestId("team-state")).toHaveText("Active");
  await signIn(theirs.page, viewer);
  await theirs.context.close();

  await page.goto("/audit?action=user.deactivated");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText(
    stack.admin.email,
  );
});

test("an admin changes a teammate's role and sends a password reset, both confirmed", async ({
  page,
  stack,
}) => {
  const officer = createUserWithCli("COMPLIANCE_OFFICER", "Otto Officer");
  await signIn(page, stack.admin);
  await page.goto("/settings/users");
  const row = teamRow(page, officer.email);
  await row.getByTestId("user-actions").click();
  await page.getByTestId("user-action-role").click();
  await page.getByTestId("change-role-select").click();
  await page.getByTestId("change-role-select-VIEWER").click();
  await page.getByTestId("user-role-confirm").click();
  await expect(row.getByTestId("team-role")).toHaveText("Viewer");

  await row.getByTestId("user-actions").click();
  await page.getByTestId("user-action-password-link").click();
  await expect(page.getByTestId("user-password-link-confirm-dialog")).toContainText(
    `An email with a set-password link will be sent to ${officer.email}.`,
  );
  await page.getByTestId("user-password-link-confirm").click();
  await expect(page.getByTestId("user-password-link-confirm-dialog")).toHaveCount(0);
  const link = await linkFromOutbox(page, officer.email);
  await expect(
    page
      .getByTestId("outbox-email")
      .filter({ hasText: `To ${officer.email}` })
      .first(),
  ).toContainText("Set a new Coverwatch password");
  expect(link).toContain("/set-password?token=");
  await page.goto("/audit?action=user.role-changed");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText(
    stack.admin.email,
  );
});

test("after sign-out, a saved copy of the session cookie is refused", async ({ page, browser, stack }) => {
  const user = createUserWithCli("VIEWER");
  await signIn(page, user);
  const saved = await page.context().cookies();

  // The copy works while the session lasts…
  const copy = await browser.newContext({ baseURL: stack.appUrl });
  await copy.addCookies(saved);
  const copyPage = await copy.newPage();
  await copyPage.goto("/borrowers");
  await expect(copyPage.getByTestId("current-user")).toBeVisible();

  await page.getByTestId("user-menu").click();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/signin/);

  // …and no longer after sign-out, although the cookie itself is still within its lifetime.
  await copyPage.goto("/borrowers");
  await expect(copyPage).toHaveURL(/\/signin/);
  const fresh = await browser.newContext({ baseURL: stack.appUrl });
  await fresh.addCookies(saved);
  const freshPage = await fresh.newPage();
  await freshPage.goto("/");
  await expect(freshPage).toHaveURL(/\/signin/);
  await Promise.all([copy.close(), fresh.close()]);
});

test("a user changes their own password: the old one stops working, their other browser is signed out", async ({
  page,
  browser,
  stack,
}) => {
  const user = createUserWithCli("VIEWER", "Paula Password");
  const other = await openAs(browser, stack.appUrl, user);
  await signIn(page, user);
  await page.getByTestId("user-menu").click();
  await page.getByTestId("account-settings").click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  expect(await seriousAxeIssues(page)).toEqual([]);

  await page.getByTestId("current-password").fill("not my password");
  await page.getByTestId("new-password").fill("my brand new password");
  await page.getByTestId("confirm-password").fill("my brand new password");
  await page.getByTestId("change-password").click();
  await expect(page.getByText("That is not your current password.").first()).toBeVisible();
  await expect(page.getByTestId("new-password")).toHaveValue("my brand new password");

  await page.getByTestId("current-password").fill(user.password);
  await page.getByTestId("change-password").click();
  await expect(page.getByTestId("form-notice")).toHaveText(
    "Password changed. Your other sessions are signed out.",
  );
  // This browser stays signed in; the other one is out.
  await page.goto("/borrowers");
  await expect(page.getByTestId("current-user")).toBeVisible();
  await other.page.goto("/borrowers");
  await expect(other.page).toHaveURL(/\/signin/);

  await other.page.getByTestId("signin-email").fill(user.email);
  await other.page.getByTestId("signin-password").fill(user.password);
  await other.page.getByTestId("signin-submit").click();
  await expect(other.page.getByTestId("signin-error")).toHaveText("Wrong email or password.");
  await signIn(other.page, { email: user.email, password: "my brand new password" });
  await other.context.close();
});

test("a viewer cannot manage the team, and the outbox hides set-password links from them", async ({
  page,
  browser,
  stack,
}) => {
  await signIn(page, stack.admin);
  const invited = await inviteThroughTeamPage(page, { name: "Hidden Link", role: "VIEWER" });
  const viewer = await openAs(browser, stack.appUrl, createUserWithCli("VIEWER"));
  await expect(viewer.page.getByTestId("nav-team")).toHaveCount(0);
  const response = await viewer.page.goto("/settings/users");
  expect(response?.status()).toBe(403);
  await expect(viewer.page.getByTestId("forbidden")).toBeVisible();

  await viewer.page.goto("/outbox");
  const email = viewer.page.getByTestId("outbox-email").filter({ hasText: `To ${invited}` });
  await expect(email.getByTestId("outbox-text-hidden")).toBeVisible();
  await expect(email.getByTestId("outbox-text")).toHaveCount(0);
  expect(await viewer.page.content()).not.toContain("set-password?token=");
  await viewer.context.close();
});

test("the team pages pass axe and fit a 390 px phone", async ({ page, browser, stack }) => {
  await signIn(page, stack.admin);
  const invited = await inviteThroughTeamPage(page, { name: "Phone Person", role: "VIEWER" });
  const link = await linkFromOutbox(page, invited);
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ["/settings/users", "/settings/account"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect({ path, issues: await seriousAxeIssues(page) }).toEqual({ path, issues: [] });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/settings/users", "/settings/account"]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 390 });
  }
  const phone = await browser.newContext({ baseURL: stack.appUrl, viewport: { width: 390, height: 844 } });
  const phonePage = await phone.newPage();
  for (const url of [link, "/set-password?token=nothing-like-a-token"]) {
    await phonePage.goto(url);
    await expect(phonePage.locator("main")).toBeVisible();
    const width = await phonePage.evaluate(() => document.documentElement.scrollWidth);
    expect({ url, width }).toEqual({ url, width: 390 });
    expect({ url, issues: await seriousAxeIssues(phonePage) }).toEqual({ url, issues: [] });
  }
  await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await expect(phonePage.getByTestId("set-password-refused")).toContainText("cut off when it was copied");
  await phone.close();
});
