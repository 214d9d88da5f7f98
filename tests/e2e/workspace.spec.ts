// The compliance officer's workspace at portfolio scale: the overview's numbers lead to exactly the borrowers
// they count, the list's state lives in the URL, exports hold every matching row, Cmd-K jumps to a borrower,
// bulk actions run as jobs with progress, and every page works in the dark, on a phone and with a screen reader.
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { seriousAxeIssues } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { seedPortfolioOnce } from "./support/seed-portfolio";
import { createUserWithCli } from "./support/users";

const count = (text: string) => Number(text.replace(/[^\d]/g, ""));
/** The total in "1–50 of 1,234 borrowers". */
const totalOf = (summary: string) => count(summary.split(" of ")[1] ?? "");

test.beforeEach(async ({ db }) => {
  await seedPortfolioOnce(db);
});

test("an overview tile leads to exactly its borrowers; search, the record and Back keep the view", async ({
  page,
  stack,
}) => {
  await signIn(page, stack.admin);
  await page.goto("/");
  const atRisk = count((await page.getByTestId("kpi-at-risk-value").textContent()) ?? "");
  expect(atRisk).toBeGreaterThan(0);
  await page.getByTestId("kpi-at-risk").click();
  await expect(page).toHaveURL(/\/borrowers\?status=at-risk$/);
  await expect(page.getByTestId("pagination-summary")).toContainText(
    ` of ${atRisk.toLocaleString("en-US")} `,
  );
  await expect(page.getByTestId("filter-status")).toHaveText("Status: At risk");

  const firstRow = page.getByTestId("borrower-table").locator("tbody tr").first();
  const reference = ((await firstRow.getAttribute("data-testid")) ?? "").replace("borrower-row-", "");
  await page.getByTestId("borrower-search").fill(reference);
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  await expect(page.getByTestId("pagination-summary")).toHaveText("1–1 of 1 borrower");
  const name =
    (await page.getByTestId(`borrower-row-${reference}`).getByTestId("borrower-link").textContent()) ?? "";

  await page.getByTestId(`borrower-row-${reference}`).getByTestId("borrower-link").click();
  await expect(page).toHaveTitle(`${name} · Borrowers · Coverwatch`);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`status=at-risk.*q=${reference}|q=${reference}.*status=at-risk`));
  await expect(page.getByTestId("borrower-search")).toHaveValue(reference);
  await expect(page.getByTestId(`borrower-row-${reference}`)).toBeVisible();
  await expect(page.getByTestId("filter-status")).toHaveText("Status: At risk");
});

test("a shared URL reproduces the view: filters, sort and page", async ({ page, browser, stack }) => {
  await signIn(page, stack.admin);
  await page.goto("/borrowers?status=non-compliant,disconnected&sort=-violations&size=25");
  await page.getByTestId("pagination-next").click();
  await expect(page).toHaveURL(/cursor=/);
  const url = page.url();
  const rows = await page
    .getByTestId("borrower-table")
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-testid")));
  expect(rows).toHaveLength(25);
  await expect(page.getByTestId("pagination-summary")).toContainText("26–50 of");

  const colleague = await browser.newContext({ baseURL: stack.appUrl });
  const theirs = await colleague.newPage();
  await signIn(theirs, stack.admin);
  await theirs.goto(url);
  expect(
    await theirs
      .getByTestId("borrower-table")
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-testid"))),
  ).toEqual(rows);
  await expect(theirs.getByTestId("filter-status")).toHaveText("Status: 2");
  await expect(theirs.getByRole("columnheader", { name: /Open violations/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await colleague.close();
});

test("the export downloads every matching borrower, not just the page", async ({ page, stack, db }) => {
  await signIn(page, stack.admin);
  await page.goto("/borrowers?status=compliant&size=25");
  const total = totalOf((await page.getByTestId("pagination-summary").textContent()) ?? "");
  expect(total).toBeGreaterThan(25);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-borrowers").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^coverwatch-borrowers-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows: Record<string, string>[] = parse(await readDownload(download), { columns: true, bom: true });
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((row) => row.Status))).toEqual(new Set(["Compliant"]));
  expect(Object.keys(rows[0] ?? {})).toEqual([
    "Status",
    "Reasons",
    "Loan reference",
    "First name",
    "Last name",
    "Email",
    "Carrier",
    "Policy number",
    "Term start",
    "Term end",
    "Refreshed at",
    "Profile",
    "Open violations",
  ]);
  // Carrier names, not slugs.
  expect(rows.every((row) => row.Carrier === "" || !row.Carrier?.includes("-"))).toBe(true);
  const audit = await db.query(
    `SELECT details FROM "AuditLog" WHERE action = 'borrowers.exported' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit.rows[0]?.details).toEqual({ filters: { status: ["compliant"] } });
});

test("exports: a viewer may download them; without a session they answer 401, not a redirect", async ({
  page,
  browser,
  stack,
}) => {
  await signIn(page, createUserWithCli("VIEWER"));
  for (const path of ["/borrowers/export.csv?status=at-risk", "/violations/export.csv"]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  }
  const stranger = await browser.newContext({ baseURL: stack.appUrl });
  for (const path of ["/borrowers/export.csv", "/violations/export.csv"]) {
    const response = await stranger.request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthorized", message: "Sign in to continue." },
    });
  }
  await stranger.close();
});

test("Ctrl-K jumps to a borrower by loan reference", async ({ page, stack, db }) => {
  const { rows } = await db.query<{ id: string; loanReference: string }>(
    `SELECT b.id, b."loanReference" FROM "Borrower" b
     WHERE b."searchText" LIKE '%' || lower(b."loanReference") || '%'
       AND NOT EXISTS (SELECT 1 FROM "Borrower" o WHERE o.id <> b.id AND o."searchText" LIKE '%' || lower(b."loanReference") || '%')
     ORDER BY b."createdAt" DESC LIMIT 1`,
  );
  const borrower = rows[0] as { id: string; loanReference: string };
  await signIn(page, stack.admin);
  await page.keyboard.press("Control+k");
  await page.getByTestId("command-palette-input").fill(borrower.loanReference);
  await expect(page.getByTestId("command-palette-item").first()).toContainText(borrower.loanReference);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${stack.appUrl}/borrowers/${borrower.id}`);
});

test("a bulk ask to reconnect runs as a job, shows its progress, and emails each selected borrower once", async ({
  page,
  stack,
  db,
}) => {
  await signIn(page, stack.admin);
  await page.goto("/borrowers?status=not-connected&size=25");
  const table = page.getByTestId("borrower-table");
  const picked = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.slice(0, 3).map((tr) => (tr.getAttribute("data-testid") ?? "").replace("borrower-row-", "")),
    );
  for (const reference of picked)
    await page.getByTestId(`borrower-row-${reference}`).getByTestId("select-row").click();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await page.getByTestId("bulk-ask-reconnect").click();
  const dialog = page.getByTestId("bulk-ask-reconnect-confirm-dialog");
  await expect(dialog).toContainText(
    "The borrowers counted below will each get an email with a new Ignition link",
  );
  // One count wherever the dialog gives one: the recipients the preview found.
  await expect(dialog.getByTestId("bulk-email-recipients")).toHaveText("3 borrowers");
  await expect(page.getByTestId("bulk-ask-reconnect-confirm")).toHaveText("Send 3 emails");
  await page.getByTestId("bulk-ask-reconnect-confirm").click();
  await expect(page.getByTestId("bulk-progress")).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(page.getByTestId("bulk-progress-summary")).toHaveText("Done: 3 of 3");

  const outreach = await db.query<{ loanReference: string; emails: string }>(
    // Requests to reconnect only: a borrower created by another journey may also have had an invitation.
    `SELECT b."loanReference", count(*)::text AS emails FROM "Outreach" o JOIN "Borrower" b ON b.id = o."borrowerId"
     WHERE b."loanReference" = ANY($1) AND o."inviteStep" IS NULL GROUP BY b."loanReference" ORDER BY 1`,
    [picked],
  );
  expect(outreach.rows).toEqual([...picked].sort().map((loanReference) => ({ loanReference, emails: "1" })));
});

test("dark mode is a theme of its own, kept across pages", async ({ page, stack }) => {
  await signIn(page, stack.admin);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByTestId("theme-toggle").click();
  await page.getByTestId("theme-light").click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  const light = await background();
  await page.getByTestId("theme-toggle").click();
  await page.getByTestId("theme-dark").click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await background()).not.toBe(light);
  await page.goto("/borrowers");
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect((await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze()).violations).toEqual([]);
});

/** Every page of the shell, with a real borrower and profile in the URLs that need one. */
async function shellPages(db: import("pg").Client): Promise<string[]> {
  const borrower = await db.query<{ id: string }>(`SELECT id FROM "Borrower" ORDER BY "createdAt" LIMIT 1`);
  const profile = await db.query<{ id: string }>(
    `SELECT id FROM "RequirementProfile" ORDER BY "createdAt" LIMIT 1`,
  );
  return [
    "/",
    "/borrowers",
    "/borrowers?status=at-risk&sort=-expiration",
    `/borrowers/${borrower.rows[0]?.id}`,
    "/borrowers/new",
    "/borrowers/import",
    "/violations",
    "/requirements",
    `/requirements/${profile.rows[0]?.id}`,
    "/requirements/new",
    "/outbox",
    "/operations",
    "/audit",
    "/no-such-page",
  ];
}

test("on a phone (390×844) no page scrolls sideways", async ({ page, stack, db }) => {
  // One test visits every page of the shell: give it the default minute per few pages, not per test.
  test.setTimeout(180_000);
  await signIn(page, stack.admin);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of await shellPages(db)) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 390 });
  }
});

test("axe finds no serious or critical issue on any page of the shell", async ({ page, stack, db }) => {
  test.setTimeout(180_000);
  await signIn(page, stack.admin);
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of await shellPages(db)) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect({ path, issues: await seriousAxeIssues(page) }).toEqual({ path, issues: [] });
  }
});

async function readDownload(download: import("@playwright/test").Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
