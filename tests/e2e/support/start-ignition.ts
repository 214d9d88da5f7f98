// Starts Ignition the way an admin does, from Coverwatch's New borrower form, and returns where to go next.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export type StartedIgnition = {
  borrowerUrl: string;
  borrowerId: string;
  ignitionUri: string;
  loanReference: string;
};

export async function startIgnitionFromCoverwatch(
  page: Page,
  borrower: { firstName: string; lastName: string; lenderName?: string; vin?: string; invite?: boolean },
): Promise<StartedIgnition> {
  const loanReference = `LN-${randomBytes(3).toString("hex").toUpperCase()}`;
  await page.goto("/borrowers/new");
  await page.getByTestId("borrower-first-name").fill(borrower.firstName);
  await page.getByTestId("borrower-last-name").fill(borrower.lastName);
  await page.getByTestId("borrower-email").fill(`${borrower.firstName.toLowerCase()}@example.com`);
  await page.getByTestId("borrower-loan-reference").fill(loanReference);
  if (borrower.lenderName) await page.getByTestId("borrower-lender-name").fill(borrower.lenderName);
  if (borrower.vin) await page.getByTestId("borrower-vin").fill(borrower.vin);
  // The form invites by email unless told not to.
  if (borrower.invite === false) await page.getByTestId("borrower-invite").uncheck();
  await page.getByTestId("start-ignition").click();
  await expect(page.getByTestId("borrower-name")).toHaveText(`${borrower.firstName} ${borrower.lastName}`);
  await expect(page.getByTestId("ignition-status")).toHaveText("created");
  const ignitionUri = (await page.getByTestId("ignition-link").getAttribute("href")) ?? "";
  const borrowerUrl = page.url();
  return { borrowerUrl, borrowerId: borrowerUrl.split("/").at(-1) ?? "", ignitionUri, loanReference };
}

/** The twin's hosted pages up to the policy list: open the link, pick a carrier, sign in. */
export async function signInAtCarrier(
  page: Page,
  ignitionUri: string,
  login: { username: string; password: string },
) {
  await page.goto(ignitionUri);
  await page.getByTestId("carrier-state-farm").click();
  await page.getByTestId("login-username").fill(login.username);
  await page.getByTestId("login-password").fill(login.password);
  await page.getByTestId("login-submit").click();
}
