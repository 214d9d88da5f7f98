// A disconnection becomes a violation; a compliance officer acknowledges it, comments, asks the borrower to
// reconnect (worded for expired credentials), and waives it until a date.
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { createUserWithCli } from "./support/users";

test("a compliance officer works a disconnection violation", async ({ page, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const response = await fetch(
    `${stack.twinUrl}/_twin/accounts/${borrower.accountId}/actions/expire-credentials`,
    {
      method: "POST",
      headers: { "x-client-id": stack.axleClient.id, "x-client-secret": stack.axleClient.secret },
    },
  );
  expect(response.ok).toBe(true);

  await signIn(page, createUserWithCli("COMPLIANCE_OFFICER", "Otto Officer"));
  await page.goto(`/borrowers/${borrower.borrowerId}`);
  const violation = page.getByTestId("open-violation").filter({ hasText: "Carrier account connected" });
  await expect(async () => {
    await page.reload();
    await expect(violation).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(violation).toContainText(
    "The carrier account is disconnected: the borrower's carrier password changed or expired.",
  );
  await expect(page.getByTestId("connection-status")).toHaveText("Credentials expired");

  await violation.getByTestId("acknowledge").click();
  await expect(violation.getByTestId("violation-status")).toHaveText("Acknowledged");

  await violation.locator("summary", { hasText: "Comment or waive" }).click();
  await violation.getByTestId("comment-body").fill("Called the borrower, they will reconnect tonight.");
  await violation.getByTestId("comment").click();
  await expect(violation.getByTestId("violation-comments")).toContainText("Otto Officer");
  await expect(violation.getByTestId("violation-comments")).toContainText(
    "Called the borrower, they will reconnect tonight.",
  );

  await violation.getByTestId("ask-reconnect").click();
  await page.getByTestId("ask-reconnect-confirm").click();
  await expect(violation.getByTestId("ask-reconnect-notice")).toContainText("is in the outbox");
  await page.goto("/outbox");
  await expect(page.getByTestId("outbox-text").first()).toContainText(
    "most likely because your password changed or needed a reset",
  );

  await page.goto(`/borrowers/${borrower.borrowerId}`);
  const again = page.getByTestId("open-violation").filter({ hasText: "Carrier account connected" });
  await again.locator("summary", { hasText: "Comment or waive" }).click();
  await again.getByTestId("waive-reason").fill("Borrower travelling; reconnects on return");
  await again
    .getByTestId("waive-until")
    .fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await again.getByTestId("waive").click();
  await page.getByTestId("waive-confirm").click();
  await expect(again.getByTestId("violation-status")).toHaveText("Waived");
  await expect(again).toContainText("Borrower travelling; reconnects on return");

  await page.goto("/violations?status=WAIVED");
  await expect(page.getByTestId("violation-row").filter({ hasText: borrower.loanReference })).toContainText(
    "Carrier account connected",
  );

  const audit = await db.query<{ action: string; actorLabel: string }>(
    `SELECT a.action, a."actorLabel" FROM "AuditLog" a JOIN "Violation" v ON v.id = a."targetId" WHERE v."borrowerId" = $1 AND a.action LIKE 'violation.%' ORDER BY a.id`,
    [borrower.borrowerId],
  );
  expect(audit.rows.map((row) => row.action)).toEqual([
    "violation.opened",
    "violation.acknowledged",
    "violation.commented",
    "violation.waived",
  ]);
});
