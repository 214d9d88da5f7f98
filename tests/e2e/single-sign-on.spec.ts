// Single sign-on through a real OpenID Connect provider (tests/support/test-oidc-provider.ts, started by the
// global setup): who gets in, as which role, and what everyone else reads.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type pg from "pg";
import { nextBin, startWeb } from "../../ops/app-processes";
import { findFreePort } from "../../ops/free-port";
import { repoRoot } from "../../ops/paths";
import { seriousAxeIssues } from "./support/axe";
import { expect, test } from "./support/fixtures";

type Role = "ADMIN" | "COMPLIANCE_OFFICER" | "VIEWER";

/** Puts the person in Coverwatch as given (or removes them), whatever an earlier run left. */
async function setUser(db: pg.Client, email: string, state: { role: Role; isDisabled?: boolean } | null) {
  if (!state) {
    await db.query(`DELETE FROM "User" WHERE email = $1`, [email]);
    return;
  }
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "disabledAt", "updatedAt")
     VALUES ($1, $2, 'Seeded for SSO', $3, $4, now())
     ON CONFLICT (email) DO UPDATE
       SET role = EXCLUDED.role, "disabledAt" = EXCLUDED."disabledAt", "oidcSubject" = NULL, "updatedAt" = now()`,
    [`sso${randomBytes(8).toString("hex")}`, email, state.role, state.isDisabled ? new Date() : null],
  );
}

/** From Coverwatch's sign-in page through the identity provider's login form, and back. */
async function signInAtIdp(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByTestId("signin-sso").click();
  await page.waitForURL((url) => url.origin === process.env.E2E_IDP_URL);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any password");
  await page.locator('button[type="submit"]').click();
}

test.describe("single sign-on", () => {
  test("a viewer signs in at the IdP and lands on the dashboard with the role their group maps to", async ({
    page,
    db,
  }) => {
    const email = "viewer@lender.example";
    // Coverwatch had them as an admin: the IdP's group says viewer, and the IdP owns roles here.
    await setUser(db, email, { role: "ADMIN" });
    await signInAtIdp(page, email);
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByTestId("current-user")).toContainText("Viewer");
    await expect(page.getByTestId("nav-overview")).toBeVisible();
    await expect(page.getByTestId("nav-new-borrower")).toHaveCount(0);
    await expect(page.getByTestId("nav-operations")).toHaveCount(0);
    expect((await page.goto("/borrowers/new"))?.status()).toBe(403);

    const stored = await db.query(
      `SELECT role, "oidcSubject", "lastSignInAt", id FROM "User" WHERE email = $1`,
      [email],
    );
    expect(stored.rows[0]).toMatchObject({ role: "VIEWER", oidcSubject: email });
    expect(stored.rows[0].lastSignInAt).toBeInstanceOf(Date);
    const audit = await db.query(
      `SELECT details FROM "AuditLog" WHERE action = 'user.role-changed' AND "targetId" = $1`,
      [stored.rows[0].id],
    );
    expect(audit.rows.at(-1)?.details).toMatchObject({ from: "ADMIN", to: "VIEWER", via: "single-sign-on" });
  });

  test("an officer comes back to the page they asked for", async ({ page, db }) => {
    await setUser(db, "officer@lender.example", { role: "VIEWER" });
    await page.goto("/violations");
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByTestId("signin-sso").click();
    await page.waitForURL((url) => url.origin === process.env.E2E_IDP_URL);
    await page.locator('input[name="login"]').fill("officer@lender.example");
    await page.locator('input[name="password"]').fill("any password");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/violations");
    await expect(page.getByTestId("current-user")).toContainText("Compliance officer");
  });

  test("someone nobody invited is asked to get an invitation, naming their email", async ({ page, db }) => {
    await setUser(db, "newcomer@lender.example", null);
    await signInAtIdp(page, "newcomer@lender.example");
    await page.waitForURL((url) => url.pathname === "/signin/refused");
    await expect(page.getByTestId("sso-refused")).toHaveAttribute("data-reason", "unknown");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Your account is not set up in Coverwatch",
    );
    await expect(page.getByTestId("sso-refused")).toContainText(
      "Ask your Coverwatch admin to invite newcomer@lender.example",
    );
    expect((await db.query(`SELECT 1 FROM "User" WHERE email = 'newcomer@lender.example'`)).rowCount).toBe(0);
    // Not signed in: the dashboard still sends them to sign in.
    await page.goto("/");
    await page.waitForURL((url) => url.pathname === "/signin");
  });

  test("a deactivated user is refused, and so is someone in no mapped group", async ({ page, db }) => {
    await setUser(db, "departed@lender.example", { role: "COMPLIANCE_OFFICER", isDisabled: true });
    await signInAtIdp(page, "departed@lender.example");
    await page.waitForURL((url) => url.pathname === "/signin/refused");
    await expect(page.getByTestId("sso-refused")).toHaveAttribute("data-reason", "disabled");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Your Coverwatch account is deactivated",
    );

    await page.context().clearCookies();
    await setUser(db, "nogroup@lender.example", { role: "VIEWER" });
    await signInAtIdp(page, "nogroup@lender.example");
    await page.waitForURL((url) => url.pathname === "/signin/refused");
    await expect(page.getByTestId("sso-refused")).toHaveAttribute("data-reason", "no-role");
  });

  test("an email the IdP has not verified is refused", async ({ page, db }) => {
    await setUser(db, "unverified@lender.example", { role: "VIEWER" });
    await signInAtIdp(page, "unverified@lender.example");
    await page.waitForURL((url) => url.pathname === "/signin/refused");
    await expect(page.getByTestId("sso-refused")).toHaveAttribute("data-reason", "unverified");
  });

  test("a refusal link names an email only when Coverwatch signed it", async ({ page }) => {
    await page.goto("/signin/refused?reason=unknown&email=attacker%40example.com&sig=forged");
    await expect(page.getByTestId("sso-refused")).toContainText(
      "Ask your Coverwatch admin to invite you with",
    );
    await expect(page.getByTestId("sso-refused")).not.toContainText("attacker@example.com");
  });

  test("the sign-in page says in words what next-auth's error code means", async ({ page }) => {
    await page.goto("/signin?error=OAuthCallback");
    await expect(page.getByTestId("signin-page-error")).toHaveText(
      "Your identity provider's answer could not be verified. Try again; if it keeps failing, tell your Coverwatch admin.",
    );
    await page.goto("/signin?error=AccessDenied");
    await expect(page.getByTestId("signin-page-error")).toHaveText(
      "You are not allowed to sign in to Coverwatch.",
    );
    // Nor does any sign-in page carry the client secret.
    const secret = (JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as NodeJS.ProcessEnv).OIDC_CLIENT_SECRET;
    expect(secret).toBeTruthy();
    expect(await page.content()).not.toContain(secret);
    const providers = await (await page.request.get("/api/auth/providers")).text();
    expect(providers).toContain('"oidc"');
    expect(providers).not.toContain(secret);
  });

  test("the sign-in pages pass axe and fit a 390 px phone", async ({ page, db }) => {
    await setUser(db, "newcomer@lender.example", null);
    await signInAtIdp(page, "newcomer@lender.example");
    await page.waitForURL((url) => url.pathname === "/signin/refused");
    const refusedUrl = page.url();
    for (const path of ["/signin", "/signin?error=OAuthCallback", refusedUrl]) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        expect({ path, issues: await seriousAxeIssues(page) }).toEqual({ path, issues: [] });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect({ path, width }).toEqual({ path, width: viewport.width });
      }
    }
    await page.goto("/signin");
    await expect(page.getByTestId("signin-sso")).toHaveText("Sign in with Test IdP");
    await expect(page.getByTestId("signin-email")).toBeVisible();
  });
});

test.describe("AUTH_CREDENTIALS=false", () => {
  const appEnv = () => JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as NodeJS.ProcessEnv;

  test("removes the email and password form and provider, leaving single sign-on", async ({ page }) => {
    const port = await findFreePort();
    const url = `http://localhost:${port}`;
    const web = await startWeb({
      name: "web-sso-only",
      port,
      quiet: true,
      env: {
        ...appEnv(),
        AUTH_CREDENTIALS: "false",
        JOBS_IN_PROCESS: "false",
        NEXTAUTH_URL: url,
        APP_URL: url,
      },
    });
    try {
      const providers = (await (await fetch(`${url}/api/auth/providers`)).json()) as Record<string, unknown>;
      expect(Object.keys(providers)).toEqual(["oidc"]);
      await page.goto(`${url}/signin`);
      await expect(page.getByTestId("signin-sso")).toBeVisible();
      await expect(page.getByTestId("signin-email")).toHaveCount(0);
      await expect(page.getByTestId("signin-password")).toHaveCount(0);
    } finally {
      await web.stop();
    }
  });

  test("refuses to start without single sign-on configured, saying why", async () => {
    const env = { ...appEnv(), AUTH_CREDENTIALS: "false", OIDC_ISSUER: undefined, OIDC_CLIENT_SECRET: "" };
    const port = await findFreePort();
    const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      cwd: repoRoot,
      env,
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Coverwatch cannot start. Invalid environment:");
    expect(output).toContain("OIDC_ISSUER: is missing: single sign-on needs all of");
    expect(output).toContain('AUTH_CREDENTIALS: is "false", but single sign-on is not configured');
    expect(output).not.toContain(appEnv().OIDC_CLIENT_SECRET ?? "no secret");
  });
});
