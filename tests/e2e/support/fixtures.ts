import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";

/** Where the stack started by global-setup.ts lives. */
export type Stack = {
  appUrl: string;
  twinUrl: string;
  databaseUrl: string;
  admin: { email: string; password: string };
  webhook: { header: string; secret: string };
  axleClient: { id: string; secret: string };
  tokenEncryptionKey: string;
  /** Signs what the app signs (an Ignition callback's state), for tests that prepare such URLs themselves. */
  nextAuthSecret: string;
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through Playwright's global setup`);
  return value;
}

export const test = base.extend<{ stack: Stack; db: pg.Client }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  baseURL: async ({}, use) => use(required("E2E_APP_URL")),
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  stack: async ({}, use) =>
    use({
      appUrl: required("E2E_APP_URL"),
      twinUrl: required("E2E_TWIN_URL"),
      databaseUrl: required("E2E_DATABASE_URL"),
      admin: { email: required("E2E_ADMIN_EMAIL"), password: required("E2E_ADMIN_PASSWORD") },
      webhook: { header: required("E2E_WEBHOOK_HEADER"), secret: required("E2E_WEBHOOK_SECRET") },
      axleClient: { id: required("E2E_AXLE_CLIENT_ID"), secret: required("E2E_AXLE_CLIENT_SECRET") },
      tokenEncryptionKey: required("E2E_TOKEN_ENCRYPTION_KEY"),
      nextAuthSecret: required("E2E_NEXTAUTH_SECRET"),
    }),
  db: async ({ stack }, use) => {
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    await use(client);
    await client.end();
  },
});

export { expect };

export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByTestId("signin-email").fill(credentials.email);
  await page.getByTestId("signin-password").fill(credentials.password);
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}
