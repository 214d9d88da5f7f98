// Seeds a connected borrower the way production gets one, minus the browser: a borrower and Ignition session
// as the app stores them, the twin's real Ignition walked over HTTP, and the app's real redirect handler doing
// the exchange. For tests that need a monitored policy but are not about the Ignition journey itself.
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { completeHostedIgnition } from "../../../axle-twin/src/testing/complete-hosted-ignition";
import { ignitionCallbackState } from "../../../lib/crypto/signature";
import { expect, type Stack } from "./fixtures";

export type ConnectedBorrower = {
  borrowerId: string;
  loanReference: string;
  policyId: string;
  accountId: string;
};

export async function connectBorrowerThroughTwin(
  stack: Stack,
  db: pg.Client,
  policy = "mercedes-c300",
): Promise<ConnectedBorrower> {
  const borrowerId = randomUUID();
  const sessionId = randomUUID();
  const loanReference = `LN-${randomBytes(4).toString("hex").toUpperCase()}`;
  await db.query(
    `INSERT INTO "Borrower" (id, "firstName", "lastName", email, "loanReference", "updatedAt") VALUES ($1, 'Sam', 'Tester', 'sam@example.com', $2, now())`,
    [borrowerId, loanReference],
  );
  const started = await fetch(`${stack.twinUrl}/ignition`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-client-id": stack.axleClient.id,
      "x-client-secret": stack.axleClient.secret,
    },
    body: JSON.stringify({
      redirectUri: `${stack.appUrl}/connect/callback?session=${sessionId}&state=${ignitionCallbackState(stack.nextAuthSecret, sessionId)}`,
      webhookUri: `${stack.appUrl}/api/webhooks/axle`,
      user: { id: borrowerId, firstName: "Sam", lastName: "Tester" },
    }),
  });
  const { data } = (await started.json()) as { data: { ignitionToken: string; ignitionUri: string } };
  await db.query(
    `INSERT INTO "IgnitionSession" (id, "borrowerId", token, uri, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [sessionId, borrowerId, data.ignitionToken, data.ignitionUri],
  );

  const redirect = await completeHostedIgnition({ ignitionUri: data.ignitionUri, policy });
  const callback = await fetch(redirect, { redirect: "manual" });
  const outcome = new URL(callback.headers.get("location") ?? "", stack.appUrl).searchParams.get("outcome");
  // The twin also posts `ignition.completed`, whose fallback exchange may win the race with the redirect on a
  // busy machine: then the redirect finds the session already completed, and the connection is the webhook's.
  if (outcome !== "connected" && outcome !== "already-completed")
    throw new Error(`the app's redirect handler answered outcome=${outcome}`);

  const policyRow = () =>
    db.query<{ id: string; accountId: string }>(
      'SELECT id, "accountId" FROM "Policy" WHERE "borrowerId" = $1',
      [borrowerId],
    );
  await expect.poll(async () => (await policyRow()).rowCount, { timeout: 15_000 }).toBeGreaterThan(0);
  const row = (await policyRow()).rows[0];
  if (!row) throw new Error("the connection stored no policy");
  return { borrowerId, loanReference, policyId: row.id, accountId: row.accountId };
}
