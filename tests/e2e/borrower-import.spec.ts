// Importing borrowers from CSV in the browser: the template downloads, a file with a bad row is refused with
// the line and reason, the corrected file imports whole.
import { randomBytes } from "node:crypto";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

const header =
  "first_name,last_name,email,phone,loan_reference,lender_name,profile,vin,vehicle_year,vehicle_make,vehicle_model";

test("an admin checks and imports a CSV of borrowers and collateral", async ({ page }) => {
  // An admin of its own: the Borrowers page shows each user's own bulk actions, this one's invitations.
  await signIn(page, createUserWithCli("ADMIN"));
  await page.getByTestId("nav-import").click();

  const download = page.waitForEvent("download");
  await page.getByTestId("import-template").click();
  expect((await download).suggestedFilename()).toBe("coverwatch-borrowers.csv");

  const reference = `CSV-${randomBytes(3).toString("hex").toUpperCase()}`;
  const upload = (rows: string[]) =>
    page.getByTestId("import-file").setInputFiles({
      name: "borrowers.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([header, ...rows].join("\n")),
    });

  await upload([
    `Iris,Import,iris@example.com,,${reference},Acme Bank,,1HGCM82633A004352,2003,Honda,Accord`,
    `Jon,Import,not-an-email,,${reference}-2,,,,,,`,
  ]);
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-error")).toHaveText("Line 3: email is not a valid address");
  await expect(page.getByTestId("import-submit")).toHaveCount(0);

  await upload([
    `Iris,Import,iris@example.com,,${reference},Acme Bank,,1HGCM82633A004352,2003,Honda,Accord`,
    `Jon,Import,jon@example.com,,${reference}-2,,,,,,`,
  ]);
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-preview")).toContainText(
    "2 borrowers, 1 vehicle in 2 valid rows. No problems.",
  );
  await expect(page.getByTestId("import-invite")).toBeChecked();
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-done")).toHaveText(
    "Imported 2 borrower(s) and 1 vehicle(s). Their invitations are being sent: the Borrowers page shows the progress.",
  );

  await page.goto(`/borrowers?q=${reference}`);
  // The invitations went out by a job, one each.
  const progress = page.getByTestId("bulk-progress");
  await expect(progress).toContainText("Invite to connect");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  await expect(progress.getByTestId("bulk-progress-summary")).toHaveText("Done: 2 of 2");
  const row = page.getByTestId(`borrower-row-${reference}`);
  await expect(row.getByTestId("compliance-status")).toHaveText("Not connected");
  await row.getByTestId("borrower-link").click();
  await expect(page.getByTestId("borrower-name")).toHaveText("Iris Import");
  await expect(page.getByTestId("collateral")).toHaveText("2003 Honda Accord 1HGCM82633A004352");
  await page.getByTestId("tab-outreach").click();
  await expect(page.getByTestId("outreach-entry")).toHaveCount(1);
  await expect(page.getByTestId("outreach-entry")).toContainText("Invitation");
});

test("a file within the 2 MB limit is checked, and a larger one is refused in words before upload", async ({
  page,
  stack,
}) => {
  await signIn(page, stack.admin);
  await page.goto("/borrowers/import");
  // 1.5 MB: above Next's default 1 MB body limit for server actions, within ours. One over-long name.
  const longName = "A".repeat(1_500_000);
  await page.getByTestId("import-file").setInputFiles({
    name: "big.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, `${longName},Import,big@example.com,,BIG-1,,,,,,`].join("\n")),
  });
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-error").first()).toHaveText(
    "Line 2: first_name has more than 100 characters",
  );

  await page.getByTestId("import-file").setInputFiles({
    name: "huge.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a"),
  });
  await expect(page.getByTestId("import-file-error")).toHaveText(
    "The file is larger than 2 MB: split it into smaller files and import each.",
  );
  await expect(page.getByTestId("import-check")).toBeDisabled();
});
