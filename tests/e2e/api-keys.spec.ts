// API keys: an admin creates a key, sees it once, reads /api/v1/borrowers with it, revokes it behind a
// confirmation, and the same request is then refused. Compliance officers get a 403. The page passes axe and
// fits a phone.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

/** Creates a key through the settings page; answers the key as shown (once) and its row. */
async function createKey(page: Page, name: string) {
  await page.goto("/settings/api-keys");
  // The one on screen: Next may keep a hidden copy of a page it has shown before.
  await page.getByTestId("api-key-name").filter({ visible: true }).fill(name);
  await page.getByTestId("api-key-create").filter({ visible: true }).click();
  await expect(page.getByTestId("api-key-created")).toContainText(`${name}: copy this key now`);
  const key = await page.getByTestId("api-key-value").inputValue();
  return { key, row: page.locator(`[data-testid="api-key-row"][data-name="${name}"]`) };
}

test("an admin creates a key, reads the API with it, revokes it, and the API then refuses it", async ({
  page,
  stack,
}) => {
  await signIn(page, stack.admin);
  await page.getByTestId("nav-api-keys").click();
  await expect(page).toHaveTitle("API keys · Coverwatch");

  // Without a name the form is not sent: nothing is created.
  await page.getByTestId("api-key-create").click();
  await expect(page.getByTestId("api-key-created")).toHaveCount(0);

  const name = `Servicing ${randomBytes(3).toString("hex")}`;
  const { key, row } = await createKey(page, name);
  expect(key).toMatch(/^cw_live_[a-f0-9]{12}_[A-Za-z0-9_-]{32}$/);
  await expect(row.getByTestId("api-key-state")).toHaveText("Active");
  await expect(row.getByTestId("api-key-last-used")).toHaveText("Never");
  await expect(row).not.toContainText(key);

  const call = () =>
    fetch(new URL("/api/v1/borrowers?limit=5", stack.appUrl), {
      headers: { authorization: `Bearer ${key}` },
    });
  const allowed = await call();
  expect(allowed.status).toBe(200);
  const page1 = (await allowed.json()) as { data: unknown[]; next: string | null };
  expect(Array.isArray(page1.data)).toBe(true);
  // The running app serves its OpenAPI document without a key, and its own 404 for a path it does not have.
  const openapi = await fetch(new URL("/api/v1/openapi.json", stack.appUrl));
  expect(((await openapi.json()) as { openapi: string }).openapi).toBe("3.1.0");
  const missing = await fetch(new URL("/api/v1/no-such-thing", stack.appUrl), {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(missing.status).toBe(404);
  expect(await missing.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });

  // Shown once: after a reload only the prefix's hint is left.
  await page.reload();
  await expect(page.getByTestId("api-key-created")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(key);
  await expect(row.getByTestId("api-key-last-used")).not.toHaveText("Never");

  await row.getByTestId("api-key-revoke").click();
  await expect(page.getByTestId("api-key-revoke-confirm-dialog")).toContainText(`Revoke ${name}?`);
  await page.getByTestId("api-key-revoke-confirm").click();
  await expect(row.getByTestId("api-key-state")).toHaveText("Revoked");

  const refused = await call();
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
});

test("a compliance officer gets a 403 on the API keys page, and no way there", async ({ page }) => {
  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER"));
  await expect(page.getByTestId("nav-api-keys")).toHaveCount(0);
  const response = await page.goto("/settings/api-keys");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
});

test("the API keys page passes axe in both themes and fits a 390 px phone", async ({ page, stack }) => {
  await signIn(page, stack.admin);
  await createKey(page, `Phone ${randomBytes(3).toString("hex")}`);
  expect(await seriousAxeIssues(page)).toEqual([]);
  await page.getByTestId("api-key-revoke").first().click();
  expect(await seriousAxeIssues(page)).toEqual([]);
  await page.keyboard.press("Escape");

  for (const theme of ["light", "dark"]) {
    await page.getByTestId("theme-toggle").click();
    await page.getByTestId(`theme-${theme}`).click();
    await page.goto("/settings/api-keys");
    await expect(page.locator("main")).toBeVisible();
    expect({ theme, issues: await seriousAxeIssues(page) }).toEqual({ theme, issues: [] });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await createKey(page, `Narrow ${randomBytes(3).toString("hex")}`);
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBe(390);
});
