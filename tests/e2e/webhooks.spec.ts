// Webhook settings: an admin adds an endpoint pointing at a receiver started by the test (a node:http server on
// 127.0.0.1: nothing leaves the machine), sees its signing secret once, sends a test event which the receiver
// gets and verifies with the `standardwebhooks` library, and the delivery log shows it sent. Compliance officers
// get a 403. The pages pass axe, in both themes, and fit a phone.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { type HttpReceiver, startHttpReceiver } from "../support/http-receiver";
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

let receiver: HttpReceiver;
test.beforeAll(async () => {
  receiver = await startHttpReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

function newPath() {
  return `/hooks/${randomBytes(8).toString("hex")}`;
}

/** Adds an endpoint through the settings page; answers the secret it showed and the endpoint page's path. */
async function addEndpoint(page: Page, { url, description }: { url: string; description: string }) {
  await page.goto("/settings/webhooks");
  await page.getByTestId("webhook-url").fill(url);
  await page.getByTestId("webhook-description").fill(description);
  await page.getByTestId("webhook-add").click();
  const secret = await page.getByTestId("webhook-secret").textContent();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
  const row = page.getByTestId("webhook-endpoint-row").filter({ hasText: description });
  const endpointPath = await row.getByTestId("webhook-endpoint-url").getAttribute("href");
  expect(endpointPath).toMatch(/^\/settings\/webhooks\/\w+$/);
  return { secret: secret ?? "", endpointPath: endpointPath ?? "", row };
}

test("an admin adds an endpoint, sees its secret once, sends a test event the receiver verifies, and the log shows it", async ({
  page,
  stack,
}) => {
  const path = newPath();
  const description = `Servicing ${randomBytes(3).toString("hex")}`;
  await signIn(page, stack.admin);
  await page.getByTestId("nav-webhooks").click();
  await expect(page).toHaveTitle("Webhooks · Coverwatch");

  const { secret, endpointPath } = await addEndpoint(page, { url: `${receiver.url}${path}`, description });
  // Shown once: the page read again has no trace of it.
  await page.reload();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  await page.goto(endpointPath);
  await expect(page.getByTestId("webhook-deliveries-empty")).toBeVisible();
  await page.getByTestId("webhook-send-test").click();
  await page.getByTestId("webhook-test-confirm").click();

  await expect.poll(() => receiver.requestsTo(path).length, { timeout: 20_000 }).toBe(1);
  const [request] = receiver.requestsTo(path);
  if (!request) throw new Error("no request");
  expect(new Webhook(secret).verify(request.raw, request.headers)).toMatchObject({ type: "webhook.test" });

  // The log refreshes itself while the delivery waits.
  const row = page.getByTestId("webhook-delivery-row").first();
  await expect(row.getByTestId("webhook-delivery-status")).toHaveText("Sent", { timeout: 20_000 });
  await expect(row.getByTestId("webhook-delivery-type")).toHaveText("Test event");
  await expect(row.getByTestId("webhook-delivery-http")).toHaveText("200");
  await expect(row.getByTestId("webhook-delivery-attempts")).toHaveText("1");
  await expect(row.getByTestId("webhook-delivery-answer")).toHaveText("ok");

  // The events it hears about change behind a confirmation.
  await expect(page.getByTestId("webhook-endpoint-events")).toContainText("Policy changed");
  await page.getByTestId("webhook-endpoint-actions").click();
  await page.getByTestId("webhook-action-events").click();
  await page.getByTestId("webhook-events-confirm-dialog").getByTestId("webhook-event-policy.changed").click();
  await page.getByTestId("webhook-events-confirm").click();
  await expect(page.getByTestId("webhook-endpoint-events")).not.toContainText("Policy changed");
  await expect(page.getByTestId("webhook-endpoint-events")).toContainText("Violation opened");
});

test("a compliance officer gets a 403 on the webhook settings, and no way there", async ({
  page,
  browser,
  stack,
}) => {
  await signIn(page, stack.admin);
  const { endpointPath } = await addEndpoint(page, {
    url: `${receiver.url}${newPath()}`,
    description: `Officer ${randomBytes(3).toString("hex")}`,
  });

  const context = await browser.newContext({ baseURL: stack.appUrl });
  const officer = await context.newPage();
  await signIn(officer, createUserWithCli("COMPLIANCE_OFFICER"));
  await expect(officer.getByTestId("nav-webhooks")).toHaveCount(0);
  for (const path of ["/settings/webhooks", endpointPath]) {
    const response = await officer.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
    await expect(officer.getByTestId("forbidden")).toBeVisible();
  }
  await context.close();
});

test("the webhook pages pass axe in both themes and fit a 390 px phone", async ({ page, stack }) => {
  await signIn(page, stack.admin);
  const path = newPath();
  // A receiver refusing, with its answer in the log: the pages as they look with something to say.
  receiver.answer(path, ...Array.from({ length: 20 }, () => ({ status: 500, body: "receiver down" })));
  const { endpointPath } = await addEndpoint(page, {
    url: `${receiver.url}${path}`,
    description: `Phone ${randomBytes(3).toString("hex")}`,
  });
  expect(await seriousAxeIssues(page)).toEqual([]);
  await page.goto(endpointPath);
  await page.getByTestId("webhook-send-test").click();
  expect(await seriousAxeIssues(page)).toEqual([]);
  await page.getByTestId("webhook-test-confirm").click();
  await expect(page.getByTestId("webhook-delivery-status").first()).toHaveText("Retrying", {
    timeout: 20_000,
  });
  await expect(page.getByTestId("webhook-delivery-answer").first()).toHaveText("HTTP 500: receiver down");

  const paths = ["/settings/webhooks", endpointPath];
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const theme of ["light", "dark"]) {
    await page.getByTestId("theme-toggle").click();
    await page.getByTestId(`theme-${theme}`).click();
    for (const target of paths) {
      await page.goto(target);
      await expect(page.locator("main")).toBeVisible();
      expect({ target, theme, issues: await seriousAxeIssues(page) }).toEqual({ target, theme, issues: [] });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const target of paths) {
    await page.goto(target);
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ target, width }).toEqual({ target, width: 390 });
  }
});
