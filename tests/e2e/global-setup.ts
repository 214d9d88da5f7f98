// Brings the whole product up once for the end-to-end tests, on free ports and a database of its own, and
// hands its coordinates to the tests through environment variables (workers inherit them).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../ops/free-port";
import { dropDatabase, withDatabaseName } from "../../ops/postgres/databases";
import { startStack } from "../../ops/stack";
import { startTestOidcProvider, testIdpClient, testIdpRoleMap } from "../support/test-oidc-provider";
import { uniqueDatabaseName } from "../support/test-postgres";

export default async function globalSetup() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-e2e-"));
  // Fast retries, so that an event can reach its dead letter within a test: 2 job retries, 1 s apart
  // (doubling), and 2 attempts per call to Axle.
  Object.assign(process.env, {
    WEBHOOK_RETRY_LIMIT: "2",
    WEBHOOK_RETRY_DELAY_SECONDS: "1",
    AXLE_MAX_ATTEMPTS: "2",
    // Webhook receivers started by the tests listen on this machine.
    OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: "true",
  });
  const externalUrl = process.env.DATABASE_URL
    ? withDatabaseName(process.env.DATABASE_URL, uniqueDatabaseName("coverwatch_e2e"))
    : undefined;
  const [port, twinPort] = [await findFreePort(), await findFreePort()];
  // Single sign-on against a local identity provider, next to email and password (which the other specs use).
  const idp = await startTestOidcProvider({
    port: await findFreePort(),
    redirectUris: [`http://localhost:${port}/api/auth/callback/oidc`],
  });
  Object.assign(process.env, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: testIdpClient.id,
    OIDC_CLIENT_SECRET: testIdpClient.secret,
    OIDC_NAME: "Test IdP",
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ROLE_MAP: testIdpRoleMap,
  });
  const stack = await startStack({
    launcher: { PORT: port, AXLE_TWIN_PORT: twinPort, DATABASE_URL: externalUrl },
    dataDir,
    databaseName: "coverwatch_e2e",
    log: (line) => console.log(`[e2e stack] ${line}`),
  }).catch(async (error: unknown) => {
    await idp.close();
    throw error;
  });
  if (!stack.firstAdmin || !stack.twinUrl)
    throw new Error("the e2e stack must start on an empty database with the twin");

  const env = stack.appEnv;
  Object.assign(process.env, {
    E2E_APP_URL: stack.appUrl,
    E2E_TWIN_URL: stack.twinUrl,
    E2E_IDP_URL: idp.issuer,
    E2E_DATABASE_URL: stack.databaseUrl,
    E2E_ADMIN_EMAIL: stack.firstAdmin.email,
    E2E_ADMIN_PASSWORD: stack.firstAdmin.password,
    E2E_WEBHOOK_HEADER: env.AXLE_WEBHOOK_HEADER,
    E2E_WEBHOOK_SECRET: env.AXLE_WEBHOOK_SECRET,
    E2E_AXLE_CLIENT_ID: env.AXLE_CLIENT_ID,
    E2E_AXLE_CLIENT_SECRET: env.AXLE_CLIENT_SECRET,
    E2E_TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY,
    E2E_NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
    E2E_WEBHOOK_MAX_BODY_BYTES: String(64 * 1024),
    // The web process's whole environment, for tests that run the project's CLIs against the same database.
    E2E_APP_ENV_JSON: JSON.stringify(env),
  });

  return async () => {
    await stack.stop();
    await idp.close();
    if (externalUrl) await dropDatabase(externalUrl);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
