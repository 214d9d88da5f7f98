// `npm run idp:dev`: a local OpenID Connect identity provider for trying single sign-on without Okta, Entra ID
// or Google. See docs/single-sign-on.md for the .env lines that point Coverwatch at it.
import { z } from "zod";
import { startTestOidcProvider, testIdpAccounts, testIdpClient } from "../tests/support/test-oidc-provider";

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env: defaults apply
}

const settings = z
  .object({
    IDP_PORT: z.coerce.number().int().min(1).max(65535).default(4020),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_URL: z.url().optional(),
    APP_URL: z.url().optional(),
  })
  .parse(process.env);
const appUrl = (settings.NEXTAUTH_URL ?? settings.APP_URL ?? `http://localhost:${settings.PORT}`).replace(
  /\/+$/,
  "",
);
const redirectUri = `${appUrl}/api/auth/callback/oidc`;

const idp = await startTestOidcProvider({ port: settings.IDP_PORT, redirectUris: [redirectUri] });
console.log(`Local identity provider on ${idp.issuer}`);
console.log(`  client id:    ${testIdpClient.id} (its secret is in docs/single-sign-on.md)`);
console.log(`  redirect URI: ${redirectUri}`);
console.log("  accounts (sign in with the email and any password):");
for (const [email, account] of Object.entries(testIdpAccounts)) {
  const verified = account.emailVerified === false ? ", email not verified" : "";
  console.log(`    ${email.padEnd(28)} groups: ${account.groups.join(", ")}${verified}`);
}

const stop = async () => {
  await idp.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
