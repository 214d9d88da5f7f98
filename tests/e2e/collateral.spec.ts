// Collateral on the borrower's record: an officer adds the VIN a borrower was created without, and the VIN rule
// is evaluated again at once; a mistyped VIN is caught at the field, with what was typed kept; a second car on
// no policy fails the borrower's own rule, "every collateral vehicle covered".
import { sandboxVin } from "../../axle-twin/src/seed/auto-policies";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

test("an officer adds the collateral's VIN and the VIN rule passes; a typo is caught at the field", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER"));
  await page.goto(`/borrowers/${borrower.borrowerId}`);
  const vinRule = page.getByTestId("rule-result-vin-match");
  await expect(vinRule).not.toContainText("Pass");

  await page.getByTestId("tab-collateral").click();
  await page.getByTestId("collateral-add").locator("summary").click();
  const vin = sandboxVin("mercedes-c300");
  const typo = `${vin.slice(0, 8)}${vin[8] === "1" ? "2" : "1"}${vin.slice(9)}`;
  await page.getByTestId("collateral-new-vin").fill(typo);
  await page.getByTestId("collateral-new-make").fill("Mercedes-Benz");
  await page.getByTestId("collateral-new-save").click();
  await expect(page.getByText("The check digit (9th character) does not match")).toBeVisible();
  await expect(page.getByTestId("collateral-new-vin")).toHaveValue(typo);
  await expect(page.getByTestId("collateral-new-make")).toHaveValue("Mercedes-Benz");

  await page.getByTestId("collateral-new-vin").fill(vin);
  await page.getByTestId("collateral-new-save").click();
  await expect(page.getByTestId("collateral-vehicle")).toContainText(vin);
  await expect(page.getByTestId("collateral")).toContainText(vin);
  await page.getByTestId("tab-compliance").click();
  await expect(vinRule).toContainText("Pass");
  const covered = page.getByTestId("borrower-rules").getByTestId("rule-result-collateral-covered");
  await expect(covered).toContainText("Pass");

  // A second financed car, insured nowhere Coverwatch sees: the borrower's own rule fails and names it, while
  // the policy, which carries the first car, still passes its VIN rule.
  const second = sandboxVin("hyundai-sonata");
  await page.getByTestId("tab-collateral").click();
  await page.getByTestId("collateral-add").locator("summary").click();
  await page.getByTestId("collateral-new-vin").fill(second);
  await page.getByTestId("collateral-new-save").click();
  await expect(page.getByTestId("collateral-vehicle")).toHaveCount(2);
  await page.getByTestId("tab-compliance").click();
  await expect(covered).toContainText("Fail");
  await expect(covered).toContainText(`${second} is on none of the borrower's policies`);
  await expect(vinRule).toContainText("Pass");
  const audit = await db.query(
    `SELECT action FROM "AuditLog" WHERE "targetId" = $1 AND action LIKE 'collateral.%'`,
    [borrower.borrowerId],
  );
  expect(audit.rows).toEqual([{ action: "collateral.added" }, { action: "collateral.added" }]);
});
