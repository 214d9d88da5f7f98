// Slack settings: an admin adds a channel pointing at a Slack stand-in started by the test (a node:http receiver
// on 127.0.0.1: nothing leaves the machine), sends it a test message, which the receiver gets, and the channel's
// delivery log shows it sent; thresholds change, channels are deleted behind a confirmation; the webhook URL is
// never rendered back. Compliance officers get a 403. The pages pass axe, in both themes, and fit a phone.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
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

/** A webhook path of its own on the receiver, shaped like Slack's, whose last part is the secret. */
function newWebhook() {
  const secret = randomBytes(12).toString("hex");
  const path = `/services/T0E2E/B0E2E/${secret}`;
  return { path, secret, url: `${receiver.url}${path}` };
}

/** Adds a channel through the settings page; answers its row. */
async function addChannel(page: Page, { name, url }: { name: string; url: string }) {
  await page.goto("/settings/slack");
  await page.getByTestId("slack-name").fill(name);
  await page.getByTestId("slack-url").fill(url);
  await page.getByTestId("slack-add").click();
  await expect(page.getByTestId("slack-add-notice")).toHaveText(
    `${name} is added. Send it a test message to check the webhook.`,
  );
  return page.locator(`[data-testid="slack-channel-row"][data-name="${name}"]`);
}

test("an admin adds a channel, sends it a test message the receiver gets, and the log shows it sent", async ({
  page,
  stack,
}) => {
  const name = `#alerts-${randomBytes(3).toString("hex")}`;
  const webhook = newWebhook();
  await signIn(page, stack.admin);
  await page.getByTestId("nav-slack").click();
  await expect(page).toHaveTitle("Slack · Coverwatch");

  // Refused at its field, with everything typed kept.
  await page.getByTestId("slack-name").fill(name);
  await page.getByTestId("slack-url").fill("http://hooks.slack.com/services/T0/B0/plain");
  await page.getByTestId("slack-severity").click();
  await page.getByTestId("slack-severity-CRITICAL").click();
  await page.getByTestId("slack-add").click();
  await expect(page.getByText("Use an https:// URL (http:// is accepted only for localhost).")).toBeVisible();
  await expect(page.getByTestId("slack-url")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("slack-url")).toHaveValue("http://hooks.slack.com/services/T0/B0/plain");
  await expect(page.getByTestId("slack-name")).toHaveValue(name);
  await expect(page.getByTestId("slack-severity")).toHaveText("Critical only");

  await page.getByTestId("slack-url").fill(webhook.url);
  await page.getByTestId("slack-severity").click();
  await page.getByTestId("slack-severity-HIGH").click();
  await page.getByTestId("slack-add").click();
  await expect(page.getByTestId("slack-add-notice")).toContainText(`${name} is added.`);
  const row = page.locator(`[data-testid="slack-channel-row"][data-name="${name}"]`);
  await expect(row.getByTestId("slack-channel-hint")).toHaveText(
    `${new URL(receiver.url).host}/…/${webhook.secret.slice(-4)}`,
  );
  await expect(row.getByTestId("slack-channel-threshold")).toHaveText("High and above");
  await expect(row.getByTestId("slack-channel-state")).toHaveText("Enabled");
  await expect(row).toContainText("None yet");
  await expect(page.getByTestId("slack-url")).toHaveValue("");

  // The confirmation says where the message goes, by name and hint.
  await row.getByTestId("slack-channel-actions").click();
  await page.getByTestId("slack-action-test").click();
  const dialog = page.getByTestId("slack-test-confirm-dialog");
  await expect(dialog).toContainText(`A message saying the webhook works is posted to ${name}`);
  await expect(dialog).toContainText(`…/${webhook.secret.slice(-4)}`);
  await page.getByTestId("slack-test-confirm").click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => receiver.requestsTo(webhook.path).length).toBe(1);
  const [received] = receiver.requestsTo(webhook.path);
  expect(received?.contentType).toMatch(/^application\/json/);
  expect(received?.body?.blocks?.[0]).toEqual({
    type: "header",
    text: { type: "plain_text", text: "Test message from Coverwatch" },
  });
  expect(received?.body?.text).toBe(
    `Test message from Coverwatch. This webhook works: ${name} will hear about new violations from Coverwatch (high and above). Sent by ${stack.admin.email}.`,
  );

  // The list shows the last delivery; the channel's log shows how it went (the page refreshes while waiting).
  await row.getByTestId("slack-channel-name").click();
  await expect(page).toHaveTitle(`${name} · Slack · Coverwatch`);
  const delivery = page.getByTestId("slack-delivery-row").first();
  await expect(delivery.getByTestId("slack-delivery-message")).toHaveText("Test message");
  await expect(delivery.getByTestId("slack-delivery-status")).toHaveText("Sent");
  await expect(delivery.getByTestId("slack-delivery-http")).toHaveText("200");
  await expect(delivery.getByTestId("slack-delivery-attempts")).toHaveText("1");
  await expect(delivery.getByTestId("slack-delivery-error")).toHaveText("—");
  // The URL itself is never rendered back, here or on the list.
  expect(await page.content()).not.toContain(webhook.secret);
  await page.goto("/settings/slack");
  await expect(row.getByTestId("slack-channel-last-status")).toHaveText("Sent");
  expect(await page.content()).not.toContain(webhook.secret);

  // A new threshold, then deletion, each behind its confirmation and in the audit log.
  await row.getByTestId("slack-channel-actions").click();
  await page.getByTestId("slack-action-threshold").click();
  await page.getByTestId("slack-threshold-select").click();
  await page.getByTestId("slack-threshold-select-CRITICAL").click();
  await page.getByTestId("slack-threshold-confirm").click();
  await expect(row.getByTestId("slack-channel-threshold")).toHaveText("Critical only");
  await row.getByTestId("slack-channel-actions").click();
  await page.getByTestId("slack-action-delete").click();
  await expect(page.getByTestId("slack-delete-confirm-dialog")).toContainText(
    "Coverwatch forgets this channel's webhook URL and its delivery log",
  );
  await page.getByTestId("slack-delete-confirm").click();
  await expect(row).toHaveCount(0);
  await page.goto("/audit?action=slack-channel.deleted");
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText(
    stack.admin.email,
  );
});

test("a compliance officer gets a 403 on the Slack settings, and no way there", async ({
  page,
  browser,
  stack,
}) => {
  await signIn(page, stack.admin);
  const row = await addChannel(page, {
    name: `#officer-${randomBytes(3).toString("hex")}`,
    url: newWebhook().url,
  });
  const channelPath = await row.getByTestId("slack-channel-name").getAttribute("href");
  expect(channelPath).toMatch(/^\/settings\/slack\/\w+$/);

  const context = await browser.newContext({ baseURL: stack.appUrl });
  const officer = await context.newPage();
  await signIn(officer, createUserWithCli("COMPLIANCE_OFFICER"));
  await expect(officer.getByTestId("nav-slack")).toHaveCount(0);
  for (const path of ["/settings/slack", channelPath ?? ""]) {
    const response = await officer.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
    await expect(officer.getByTestId("forbidden")).toBeVisible();
  }
  await context.close();
});

test("the Slack pages pass axe in both themes and fit a 390 px phone", async ({ page, stack }) => {
  await signIn(page, stack.admin);
  const name = `#phone-${randomBytes(3).toString("hex")}`;
  const webhook = newWebhook();
  // Slack's refusal of a webhook, with its error in the log: the pages as they look with something to say.
  receiver.answer(webhook.path, { status: 404, body: "no_service" });
  const row = await addChannel(page, { name, url: webhook.url });
  await row.getByTestId("slack-channel-actions").click();
  await page.getByTestId("slack-action-test").click();
  expect(await seriousAxeIssues(page)).toEqual([]);
  await page.getByTestId("slack-test-confirm").click();
  await row.getByTestId("slack-channel-name").click();
  await expect(page.getByTestId("slack-delivery-status").first()).toHaveText("Failed");
  // Slack's code, and what it means.
  const error = page.getByTestId("slack-delivery-error").first();
  await expect(error).toContainText("Slack does not know this webhook: it was removed, or the URL is wrong.");
  await expect(error.locator("code")).toHaveText("no_service");
  const channelPath = new URL(page.url()).pathname;

  const paths = ["/settings/slack", channelPath];
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const theme of ["light", "dark"]) {
    await page.getByTestId("theme-toggle").click();
    await page.getByTestId(`theme-${theme}`).click();
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      expect({ path, theme, issues: await seriousAxeIssues(page) }).toEqual({ path, theme, issues: [] });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 390 });
  }
});
