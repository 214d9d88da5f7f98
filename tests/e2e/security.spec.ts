// Named security regressions: roles are enforced on the server, not only hidden in the UI, and secrets never
// reach the browser.
import type { Browser, Page } from "@playwright/test";
import { accessTokenForPolicy } from "./support/axle-sandbox";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { signInAtCarrier, startIgnitionFromCoverwatch } from "./support/start-ignition";
import { createUserWithCli } from "./support/users";

/** Replaces the page's session cookie with another user's: the UI stays, the server sees the other user. */
async function actAs(browser: Browser, page: Page, user: { email: string; password: string }) {
  const other = await browser.newContext({ baseURL: page.url() });
  const otherPage = await other.newPage();
  await signIn(otherPage, user);
  const cookies = await other.cookies();
  await other.close();
  await page.context().clearCookies();
  await page.context().addCookies(cookies);
}

test.describe("roles are checked on the server", () => {
  test("a viewer sees no admin controls and cannot open the Ignition page", async ({ page, stack, db }) => {
    const borrower = await connectBorrowerThroughTwin(stack, db);
    const viewer = createUserWithCli("VIEWER");
    await signIn(page, viewer);
    await expect(page.getByTestId("current-user")).toContainText("Viewer");
    await expect(page.getByTestId("nav-new-borrower")).toHaveCount(0);
    await page.goto(`/borrowers/${borrower.borrowerId}`);
    await expect(page.getByTestId("borrower-name")).toHaveText("Sam Tester");
    await expect(page.getByTestId("descope")).toHaveCount(0);
    await expect(page.getByTestId("restart-ignition")).toHaveCount(0);
    const response = await page.goto("/borrowers/new");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });

  test("a viewer never receives an open Ignition link: whoever holds it can connect the borrower", async ({
    page,
    browser,
    stack,
  }) => {
    await signIn(page, stack.admin);
    const started = await startIgnitionFromCoverwatch(page, { firstName: "Lina", lastName: "Linkless" });
    expect(started.ignitionUri).toContain("token=");
    // The admin also emails her a link to reconnect: it waits in the outbox.
    await page.getByTestId("ask-reconnect-general").click();
    await page.getByTestId("ask-reconnect-general-confirm").click();
    await expect(page.getByTestId("ask-reconnect-general-notice")).toContainText("is in the outbox");
    await actAs(browser, page, createUserWithCli("VIEWER"));
    const response = await page.goto(started.borrowerUrl);
    await expect(page.getByTestId("ignition-status")).toHaveText("created");
    await expect(page.getByTestId("ignition-link")).toHaveCount(0);
    const token = new URL(started.ignitionUri).searchParams.get("token") ?? "";
    expect(token.length).toBeGreaterThan(8);
    expect(await response?.text()).not.toContain(token);
    // Nor in the outbox: the email's text, which carries a link, is hidden from viewers.
    const outbox = await page.goto("/outbox");
    await expect(page.getByTestId("outbox-text-hidden").first()).toContainText("Ignition link");
    expect(await outbox?.text()).not.toContain("ignition-ui/?token=");
  });

  test("a viewer cannot descope, even by submitting the admin's form", async ({
    page,
    browser,
    stack,
    db,
  }) => {
    const borrower = await connectBorrowerThroughTwin(stack, db);
    await signIn(page, stack.admin);
    await page.goto(`/borrowers/${borrower.borrowerId}`);
    await page.getByTestId("descope").click();
    await actAs(browser, page, createUserWithCli("VIEWER"));
    await page.getByTestId("descope-confirm-submit").click();
    await expect(page.getByTestId("descope-error")).toHaveText("Your role does not allow this.");
    const connection = await db.query('SELECT "isMonitoring" FROM "AxleConnection" WHERE "borrowerId" = $1', [
      borrower.borrowerId,
    ]);
    expect(connection.rows).toEqual([{ isMonitoring: true }]);
  });

  test("a compliance officer cannot start Ignition, even by submitting the admin's form", async ({
    page,
    browser,
    stack,
    db,
  }) => {
    await signIn(page, stack.admin);
    await page.goto("/borrowers/new");
    await actAs(browser, page, createUserWithCli("COMPLIANCE_OFFICER"));
    await page.getByTestId("borrower-first-name").fill("Not");
    await page.getByTestId("borrower-last-name").fill("Allowed");
    await page.getByTestId("borrower-email").fill("not.allowed@example.com");
    await page.getByTestId("borrower-loan-reference").fill("LN-FORBIDDEN");
    await page.getByTestId("start-ignition").click();
    await expect(page.getByTestId("form-error")).toHaveText("Your role does not allow this.");
    const borrowers = await db.query(`SELECT 1 FROM "Borrower" WHERE "loanReference" = 'LN-FORBIDDEN'`);
    expect(borrowers.rowCount).toBe(0);
  });

  test("a signed-out visitor is sent to sign in", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByTestId("signin-email")).toBeVisible();
  });

  test("a wrong password is refused with a clear message", async ({ page, stack }) => {
    await page.goto("/signin");
    await page.getByTestId("signin-email").fill(stack.admin.email);
    await page.getByTestId("signin-password").fill("not-the-password");
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password.");
    // Focus comes back to the password, so a keyboard user retypes it at once.
    await expect(page.getByTestId("signin-password")).toBeFocused();
  });

  test("wrong passwords are throttled: 429 with Retry-After after ten, even for the right one, said on the form", async ({
    browser,
    playwright,
    stack,
  }) => {
    const user = createUserWithCli("VIEWER");
    // An address of its own (the last X-Forwarded-For entry is the client's), so no other test is throttled.
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const api = await playwright.request.newContext({
      baseURL: stack.appUrl,
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const post = (fields: [string, string][]) =>
      api.post("/api/auth/callback/credentials", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        data: new URLSearchParams([...fields, ["json", "true"]]).toString(),
        maxRedirects: 0,
      });
    const attempt = (password: string) =>
      post([
        ["email", user.email],
        ["password", password],
        ["csrfToken", csrfToken],
      ]);
    const statuses: number[] = [];
    for (let index = 0; index < 12; index++) {
      // Tricks that must not escape the count: a second email field (next-auth checks the last one), and a
      // request with a bad CSRF token in between (next-auth answers it 200 without checking anything).
      const guess =
        index % 2 === 0
          ? await attempt("not-the-password")
          : await post([
              ["email", `decoy-${index}@example.com`],
              ["email", user.email],
              ["password", "not-the-password"],
              ["csrfToken", csrfToken],
            ]);
      statuses.push(guess.status());
      await post([
        ["email", user.email],
        ["password", "whatever"],
        ["csrfToken", "forged"],
      ]);
    }
    // Each guess and each forged request counted: the limit of ten was reached after five of each.
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    const refused = await attempt(user.password);
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    await api.dispose();

    // The form says so, in words; another account from the same address still signs in.
    const context = await browser.newContext({
      baseURL: stack.appUrl,
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByTestId("signin-email").fill(user.email);
    await page.getByTestId("signin-password").fill(user.password);
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("signin-error")).toHaveText(
      "Too many sign-in attempts. For your account's safety, wait 15 minutes and try again.",
    );
    await signIn(page, stack.admin);
    await context.close();
  });

  test("signing in never sends the browser off-site, whatever the callback says", async ({
    browser,
    stack,
  }) => {
    for (const callback of [
      "//evil.example/phish",
      "/\\evil.example",
      "/%09/evil.example",
      "https://evil.example/",
    ]) {
      const context = await browser.newContext({ baseURL: stack.appUrl });
      const page = await context.newPage();
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(callback)}`);
      await page.getByTestId("signin-email").fill(stack.admin.email);
      await page.getByTestId("signin-password").fill(stack.admin.password);
      await page.getByTestId("signin-submit").click();
      await expect(page.getByTestId("current-user")).toBeVisible();
      expect({ callback, origin: new URL(page.url()).origin }).toEqual({
        callback,
        origin: new URL(stack.appUrl).origin,
      });
      await context.close();
    }
  });

  test("an address the server cannot decode is a 400, not a crash", async ({ page, stack }) => {
    await signIn(page, stack.admin);
    for (const path of ["/borrowers/%FF", "/borrowers/%FF/policy", "/%E0%A4%A"]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect({ path, status: response.status() }).toEqual({ path, status: 400 });
    }
  });

  test("a NUL or control character in a page's query is ignored, never a 500", async ({ page, stack }) => {
    await signIn(page, stack.admin);
    for (const path of [
      "/violations?rule=%00",
      "/violations?assignee=%00&severity=%01",
      "/operations?borrower=%00",
      "/operations?status=%00&type=%00",
      "/borrowers?q=%00&status=%00",
      "/audit?action=%00",
      "/outbox?to=%00",
      "/borrowers/export.csv?q=%00",
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect({ path, status: response.status() }).toEqual({ path, status: 200 });
    }
  });
});

test("a made-up Ignition callback changes nothing, and the borrower's real completion still connects them", async ({
  browser,
  page,
  stack,
  db,
}) => {
  await signIn(page, stack.admin);
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Fern", lastName: "Forged" });
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "IgnitionSession" WHERE "borrowerId" = $1`,
    [started.borrowerId],
  );
  const sessionId = rows[0]?.id ?? "";
  const stranger = await browser.newPage({ baseURL: stack.appUrl });
  for (const query of [
    "status=complete&authCode=fake",
    "status=complete&authCode=fake&state=0000000000000000000000000000000",
    "status=error&message=gone",
    "status=exit&step=carrier",
  ]) {
    await stranger.goto(`/connect/callback?session=${sessionId}&${query}`);
    await expect(stranger.getByTestId("connect-unknown-session")).toBeVisible();
  }
  await stranger.close();
  const session = await db.query<{ status: string }>(`SELECT status FROM "IgnitionSession" WHERE id = $1`, [
    sessionId,
  ]);
  expect(session.rows[0]?.status).toBe("CREATED");

  await signInAtCarrier(page, started.ignitionUri, { username: "user-auto", password: "pass-auto" });
  await page.getByTestId("policy-mercedes-c300").click();
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();
});

test("an access token, the Axle client secret and the webhook secret never reach the browser", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const accessToken = await accessTokenForPolicy(db, stack, borrower.policyId);
  const seen: string[] = [];
  page.on("response", async (response) => {
    seen.push(await response.text().catch(() => ""));
  });
  await signIn(page, stack.admin);
  for (const [url, testId] of [
    [`/borrowers?q=${borrower.loanReference}`, `borrower-row-${borrower.loanReference}`],
    [`/borrowers/${borrower.borrowerId}`, "policy-status"],
  ] as const) {
    await page.goto(url);
    await expect(page.getByTestId(testId).first()).toBeVisible();
    seen.push(await page.content());
  }
  const everything = seen.join("\n");
  expect(everything).toContain(borrower.loanReference);
  for (const secret of [
    accessToken,
    stack.axleClient.secret,
    stack.webhook.secret,
    stack.tokenEncryptionKey,
  ]) {
    expect(everything.includes(secret)).toBe(false);
  }
});
