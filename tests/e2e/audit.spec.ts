// The audit log: admins and compliance officers read who did what, filter it and export it; viewers may not.
import { parse } from "csv-parse/sync";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

test("an officer finds an export in the audit log by action and by who, and downloads the view", async ({
  page,
  stack,
}) => {
  await signIn(page, stack.admin);
  expect((await page.request.get("/borrowers/export.csv?status=compliant")).status()).toBe(200);

  await page.context().clearCookies();
  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER"));
  await page.getByTestId("nav-audit").click();
  await expect(page).toHaveTitle("Audit log · Coverwatch");
  await page.goto("/audit?action=borrowers.exported");
  const row = page.getByTestId("audit-row").first();
  await expect(row.getByTestId("audit-actor")).toHaveText(stack.admin.email);
  await expect(row.getByTestId("audit-action")).toHaveText("borrowers.exported");

  await page.getByTestId("audit-filter-actor").fill("nobody-did-this");
  await expect(page).toHaveURL(/actor=nobody-did-this/);
  await expect(page.getByTestId("audit-empty")).toBeVisible();
  await page.getByTestId("audit-filter-actor").fill(stack.admin.email);
  await expect(page.getByTestId("audit-row").first().getByTestId("audit-actor")).toHaveText(
    stack.admin.email,
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-audit").click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const rows: Record<string, string>[] = parse(Buffer.concat(chunks).toString("utf8"), {
    columns: true,
    bom: true,
  });
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((entry) => `${entry.Who} ${entry.Action}`))).toEqual(
    new Set([`${stack.admin.email} borrowers.exported`]),
  );
});

test("a viewer cannot read the audit log, on the page or as CSV", async ({ page }) => {
  await signIn(page, createUserWithCli("VIEWER"));
  await expect(page.getByTestId("nav-audit")).toHaveCount(0);
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  const csv = await page.request.get("/audit/export.csv");
  expect(csv.status()).toBe(403);
  expect(await csv.json()).toEqual({
    error: { code: "forbidden", message: "Your role does not allow this." },
  });
});
