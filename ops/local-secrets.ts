// Secrets for the one-command local start, generated on first run and kept in `.data/secrets.json`
// (mode 0600) so that a restart can still decrypt stored tokens and reuse the database password.
// Production sets the same values through the environment instead (docs/production.md).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type LocalSecrets = {
  postgresPassword: string;
  nextAuthSecret: string;
  /** base64 of 32 random bytes: the AES-256-GCM key for access tokens. */
  tokenEncryptionKey: string;
  webhookSecret: string;
};

const generators: { [K in keyof LocalSecrets]: () => string } = {
  postgresPassword: () => randomBytes(18).toString("base64url"),
  nextAuthSecret: () => randomBytes(32).toString("base64url"),
  tokenEncryptionKey: () => randomBytes(32).toString("base64"),
  webhookSecret: () => `whsec_${randomBytes(24).toString("base64url")}`,
};

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const secrets = { ...stored } as LocalSecrets;
  let changed = false;
  for (const key of Object.keys(generators) as (keyof LocalSecrets)[]) {
    if (!secrets[key]) {
      secrets[key] = generators[key]();
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
