// The logs keep no secrets: a stack of its own, started as `npm start` starts it (the twin, the web process with
// its jobs in process, demo data), every line of every process kept; then a journey through the paths that
// handle secrets (Ignition's token exchange, webhooks, a failing Axle, sign-in, pages). Afterwards every secret
// the run used is gathered from where it lives, and none may appear anywhere in the output.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { decryptWithKey } from "../../lib/crypto/token-cipher";
import { findFreePort } from "../../ops/free-port";
import { loadOrCreateLocalSecrets } from "../../ops/local-secrets";
import { type Stack as Running, startStack } from "../../ops/stack";
import { accessTokenForPolicy, triggerPolicyEvent } from "./support/axle-sandbox";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, type Stack, test } from "./support/fixtures";
import { setTwinFaults, twinPolicyAction } from "./support/twin-admin";

test.setTimeout(240_000);

type Line = { process: string; text: string };

/** The JSON entries among the lines (the web process's logger); other lines are the framework's or the twin's. */
function entries(lines: Line[]): Record<string, unknown>[] {
  return lines.flatMap(({ text }) => {
    if (!text.startsWith("{")) return [];
    try {
      return [JSON.parse(text) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** Access tokens, auth codes and Ignition tokens as the twin keeps them (its journal: one JSON entry a line). */
function twinSecrets(dataDir: string): string[] {
  const journal = path.join(dataDir, "twin", "journal.jsonl");
  if (!existsSync(journal)) return [];
  const found: string[] = [];
  for (const line of readFileSync(journal, "utf8").split("\n")) {
    if (!line) continue;
    const entry = JSON.parse(line) as { c: string; k: string; v?: Record<string, unknown> };
    if (entry.c === "authCodes")
      found.push(entry.k, String(entry.v?.code ?? ""), String(entry.v?.accessToken ?? ""));
    if (entry.c === "grants") found.push(entry.k, String(entry.v?.token ?? ""));
    if (entry.c === "accountTokens") found.push(String(entry.v ?? ""));
    if (entry.c === "ignitionSessions") found.push(entry.k, String(entry.v?.token ?? ""));
  }
  return found;
}

test("a whole run's output, every process, holds none of its secrets", async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-logs-"));
  const lines: Line[] = [];
  let running: Running | undefined;
  let db: pg.Client | undefined;
  const saved = { ...process.env };
  // Metrics on, so that their token is one more secret to look for.
  const metricsToken = `metrics-${randomBytes(16).toString("hex")}`;
  process.env.METRICS_TOKEN = metricsToken;
  try {
    running = await startStack({
      launcher: { PORT: await findFreePort(), AXLE_TWIN_PORT: await findFreePort(), DATABASE_URL: undefined },
      dataDir,
      databaseName: "log_secrets",
      seedDemoData: true,
      // The global setup built the app; a rebuild here would swap the files under its running web server.
      buildIfStale: false,
      // Quiet only stops the echo to this test's output: every line still reaches onOutput.
      quiet: true,
      onOutput: (name, text) => lines.push({ process: name, text }),
      log: (text) => lines.push({ process: "launcher", text }),
    });
    process.env = saved;
    const env = running.appEnv;
    if (!running.firstAdmin || !running.twinUrl) throw new Error("the stack must start empty, on the twin");
    const stack: Stack = {
      appUrl: running.appUrl,
      twinUrl: running.twinUrl,
      databaseUrl: running.databaseUrl,
      admin: running.firstAdmin,
      webhook: { header: env.AXLE_WEBHOOK_HEADER ?? "", secret: env.AXLE_WEBHOOK_SECRET ?? "" },
      axleClient: { id: env.AXLE_CLIENT_ID ?? "", secret: env.AXLE_CLIENT_SECRET ?? "" },
      tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY ?? "",
      nextAuthSecret: env.NEXTAUTH_SECRET ?? "",
    };
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const client = db;

    // Ignition walked through the twin, and the app's redirect handler exchanging the auth code for a token.
    const borrower = await connectBorrowerThroughTwin(stack, client);
    const processed = async () =>
      Number(
        (
          await client.query<{ count: string }>(
            `SELECT count(*) FROM "WebhookEvent" WHERE ref = $1 AND status = 'PROCESSED'`,
            [borrower.policyId],
          )
        ).rows[0]?.count,
      );
    const processedBefore = await processed();

    // The twin cancels the policy and tells the app by webhook; a job fetches the policy with the token.
    await twinPolicyAction(stack, borrower.policyId, "cancel");
    await expect.poll(processed, { timeout: 30_000 }).toBeGreaterThan(processedBefore);

    // Axle failing: the job's Axle calls are retried, then its processing fails and says so in the log.
    const token = await accessTokenForPolicy(client, stack, borrower.policyId);
    await setTwinFaults(stack, { endpoints: { "GET /policies/:id": { errorRate: 1, errorStatus: 500 } } });
    await triggerPolicyEvent(stack, token, borrower.policyId, { premium: 321 });
    await expect
      .poll(() => entries(lines).some((entry) => entry.message === "webhook processing failed"), {
        timeout: 30_000,
      })
      .toBe(true);
    await setTwinFaults(stack, null);

    // A user: sign in with the first admin's password, open the borrower's pages.
    await page.goto(`${stack.appUrl}/signin`);
    await page.getByTestId("signin-email").fill(stack.admin.email);
    await page.getByTestId("signin-password").fill(stack.admin.password);
    await page.getByTestId("signin-submit").click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    const opened = await page.goto(`${stack.appUrl}/borrowers/${borrower.borrowerId}`);
    expect(opened?.headers()["x-request-id"]).toBeTruthy();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(`${stack.appUrl}/borrowers/${borrower.borrowerId}/policy`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // A wrong read-API key and a forged webhook: refused, with their credentials in headers.
    const refused = await fetch(`${stack.appUrl}/api/v1/borrowers`, {
      headers: { authorization: `Bearer ${stack.webhook.secret}` },
    });
    expect(refused.status).toBe(401);
    const forged = await fetch(`${stack.appUrl}/api/webhooks/axle`, {
      method: "POST",
      headers: { "content-type": "application/json", [stack.webhook.header]: stack.axleClient.secret },
      body: JSON.stringify({ id: "evt_forged", type: "policy.modified", data: {} }),
    });
    expect(forged.status).toBe(401);
    const scraped = await fetch(`${stack.appUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(scraped.status).toBe(200);

    // Gathered before the stop: the database's tokens, decrypted as the app decrypts them.
    const key = Buffer.from(stack.tokenEncryptionKey, "base64");
    const connections = await client.query<{ accessTokenEncrypted: string }>(
      'SELECT "accessTokenEncrypted" FROM "AxleConnection"',
    );
    const accessTokens = connections.rows.map((row) => decryptWithKey(key, row.accessTokenEncrypted));
    expect(accessTokens).toContain(token);
    // Emails are personal data: the borrowers' (demo data included) and the users'.
    const emails = (
      await client.query<{ email: string }>(
        `SELECT email FROM "Borrower" WHERE email IS NOT NULL UNION SELECT email FROM "User"`,
      )
    ).rows.map((row) => row.email);
    expect(emails).toContain(stack.admin.email);
    await client.end();
    db = undefined;

    // Stopped, so that every process has written its last line.
    await running.stop();
    running = undefined;

    const local = loadOrCreateLocalSecrets(dataDir);
    const secrets: Record<string, string[]> = {
      "access token": accessTokens,
      "twin token or auth code": twinSecrets(dataDir),
      "Axle client secret": [stack.axleClient.secret],
      "Axle webhook secret": [stack.webhook.secret],
      TOKEN_ENCRYPTION_KEY: [stack.tokenEncryptionKey],
      NEXTAUTH_SECRET: [stack.nextAuthSecret],
      "first admin's password": [stack.admin.password],
      "database password": [local.postgresPassword],
      "identity provider's client secret": [env.OIDC_CLIENT_SECRET ?? ""],
      METRICS_TOKEN: [metricsToken],
      email: emails,
    };
    // At least one auth code and one token from the twin, or the search below proves little.
    expect(secrets["twin token or auth code"]?.filter(Boolean).length).toBeGreaterThan(2);

    // The output is real: JSON lines with a request id (a request's) and a job id (a job's).
    const logged = entries(lines);
    expect(logged.length).toBeGreaterThan(10);
    expect(logged.some((entry) => typeof entry.requestId === "string")).toBe(true);
    expect(logged.some((entry) => typeof entry.jobId === "string" && typeof entry.queue === "string")).toBe(
      true,
    );
    expect(logged.some((entry) => entry.message === "axle request" && entry.requestId)).toBe(true);

    // Each leak named by what leaked and the line it is on, the secret itself masked.
    const leaks = Object.entries(secrets).flatMap(([what, values]) =>
      values
        .filter((value) => value.length >= 8)
        .flatMap((value) =>
          lines
            .filter((line) => line.text.includes(value))
            .map((line) => `${what}: [${line.process}] ${line.text.replaceAll(value, "***")}`),
        ),
    );
    expect(leaks, "secrets found in the output").toEqual([]);
  } catch (error) {
    const last = lines.slice(-200).map((line) => `[${line.process}] ${line.text}`);
    console.log(`--- the last ${last.length} lines of output ---\n${last.join("\n")}`);
    throw error;
  } finally {
    process.env = saved;
    await db?.end();
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
