// Onboarding in a real browser: a bulk invitation previewed before it is sent, and a borrower who follows their
// invitation from the lender's page through the twin's Ignition to connected, then opts out of email.
import { randomBytes } from "node:crypto";
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { startIgnitionFromCoverwatch } from "./support/start-ignition";
import { createUserWithCli } from "./support/users";

test("a bulk invitation shows whom it reaches and the email before anything is sent; each is emailed once", async ({
  page,
  db,
}) => {
  // An admin of its own: the Borrowers page shows each user's own bulk actions.
  await signIn(page, createUserWithCli("ADMIN"));
  const surname = `Bulkinvite${randomBytes(3).toString("hex")}`;
  for (const firstName of ["Una", "Vic"])
    await startIgnitionFromCoverwatch(page, { firstName, lastName: surname, invite: false });
  // Invited already, from the form: the preview skips her.
  const wes = await startIgnitionFromCoverwatch(page, { firstName: "Wes", lastName: surname });

  await page.goto(`/borrowers?q=${surname.toLowerCase()}`);
  await expect(page.getByTestId("borrower-table").locator("tbody tr")).toHaveCount(3);
  await page.getByTestId("select-page").click();
  await page.getByTestId("bulk-invite").click();
  const dialog = page.getByTestId("bulk-invite-confirm-dialog");
  await expect(dialog.getByTestId("bulk-email-recipients")).toHaveText("2 borrowers");
  await expect(dialog.getByTestId("bulk-email-skipped")).toHaveText("Skipped: 1 already invited.");
  await expect(page.getByTestId("bulk-invite-confirm")).toHaveText("Send 2 invitations");
  await expect(dialog.getByTestId("bulk-email-subject")).toHaveText(
    "Your lender asks you to connect your auto insurance",
  );
  await expect(dialog.getByTestId("bulk-email-text")).toContainText("What is shared");
  expect(await seriousAxeIssues(page)).toEqual([]);
  // Nothing is written until the confirmation.
  const before = await db.query(
    `SELECT 1 FROM "Outreach" o JOIN "Borrower" b ON b.id = o."borrowerId" WHERE b."lastName" = $1`,
    [surname],
  );
  expect(before.rowCount).toBe(1);

  await page.getByTestId("bulk-invite-confirm").click();
  const progress = page.getByTestId("bulk-progress");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(progress.getByTestId("bulk-progress-summary")).toHaveText(
    "Done: 2 of 3 · 1 could not be done",
  );
  await expect(progress).toContainText("was invited on");
  const invitations = await db.query<{ firstName: string; count: string }>(
    `SELECT b."firstName", count(*)::text AS count FROM "Outreach" o JOIN "Borrower" b ON b.id = o."borrowerId"
     WHERE b."lastName" = $1 AND o."inviteStep" = 0 GROUP BY 1 ORDER BY 1`,
    [surname],
  );
  expect(invitations.rows).toEqual([
    { firstName: "Una", count: "1" },
    { firstName: "Vic", count: "1" },
    { firstName: "Wes", count: "1" },
  ]);
  await page.goto(`${wes.borrowerUrl}/outreach`);
  await expect(page.getByTestId("outreach-entry")).toHaveCount(1);
  await expect(page.getByTestId("outreach-entry")).toContainText("Invitation");
});

test("a borrower follows the invitation: the lender's page, the twin's Ignition, connected; then opts out", async ({
  page,
  browser,
  stack,
  db,
}) => {
  await signIn(page, stack.admin);
  const started = await startIgnitionFromCoverwatch(page, {
    firstName: "Ines",
    lastName: `Invited${randomBytes(2).toString("hex")}`,
    lenderName: "Acme Auto Finance",
  });
  const email = await db.query<{ text: string }>(
    `SELECT e.text FROM "EmailMessage" e JOIN "Outreach" o ON o."emailId" = e.id
     WHERE o."borrowerId" = $1 AND o."inviteStep" = 0`,
    [started.borrowerId],
  );
  const text = email.rows[0]?.text ?? "";
  const landingUrl = text.match(/https?:\/\/\S+\/connect\/start\?\S+/)?.[0] ?? "";
  const optOutUrl = text.match(/https?:\/\/\S+\/connect\/unsubscribe\?\S+/)?.[0] ?? "";
  expect(landingUrl).not.toBe("");

  // The borrower is nobody's user: a browser without a session.
  const borrower = await (await browser.newContext()).newPage();
  await borrower.goto(landingUrl);
  await expect(borrower.getByTestId("borrower-page-lender")).toHaveText("Acme Auto Finance");
  await expect(borrower.getByRole("heading", { level: 1 })).toHaveText("Connect your auto insurance, Ines");
  await expect(borrower.getByText("What is shared")).toBeVisible();
  await expect(borrower.getByText("You stay in control")).toBeVisible();
  expect(await seriousAxeIssues(borrower)).toEqual([]);
  await borrower.setViewportSize({ width: 390, height: 844 });
  expect(await borrower.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await borrower.getByTestId("landing-continue").click();
  await borrower.getByTestId("carrier-state-farm").click();
  await borrower.getByTestId("login-username").fill("user-auto");
  await borrower.getByTestId("login-password").fill("pass-auto");
  await borrower.getByTestId("login-submit").click();
  await borrower.getByTestId("policy-mercedes-c300").click();
  await borrower.getByTestId("consent-submit").click();
  await expect(borrower.getByTestId("connect-connected")).toBeVisible();
  await borrower.goto(landingUrl);
  await expect(borrower.getByTestId("landing-connected")).toBeVisible();

  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("monitoring-state")).toHaveText("Monitoring");

  // The footer's link: opening it changes nothing, the button does.
  await borrower.goto(optOutUrl);
  await expect(borrower.getByRole("heading", { level: 1 })).toHaveText("Stop emails about your insurance?");
  expect(await seriousAxeIssues(borrower)).toEqual([]);
  await borrower.getByTestId("opt-out-confirm").click();
  await expect(borrower.getByTestId("opt-out-done")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("opted-out")).toContainText("Opted out of email on");
  await expect(page.getByTestId("ask-reconnect-general")).toHaveCount(0);
  // A made-up link opts nobody out.
  await borrower.goto(optOutUrl.replace(/t=[^&]+/, "t=forged"));
  await expect(borrower.getByTestId("opt-out-invalid")).toBeVisible();
});
