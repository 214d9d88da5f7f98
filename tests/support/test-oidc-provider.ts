// A real OpenID Connect identity provider (the `oidc-provider` package) standing in for Okta, Entra ID or Google
// in the end-to-end tests and for trying single sign-on locally (`npm run idp:dev`). One static client, a few
// accounts whose ID tokens carry email, email_verified, name and groups, and the package's own login page,
// which takes the account's email and any password. Never for production.
import { randomBytes } from "node:crypto";
import http from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export const testIdpClient = {
  id: "coverwatch-local",
  // A fixed value so that a local .env can name it; this provider only ever runs on a developer's machine.
  secret: "coverwatch-local-idp-client-secret",
};

export type TestIdpAccount = { name: string; groups: string[]; emailVerified?: boolean };

/** Signed in at the IdP with the email as the login (the password is not checked). */
export const testIdpAccounts: Record<string, TestIdpAccount> = {
  "admin@lender.example": { name: "Ada Admin", groups: ["everyone", "coverwatch-admins"] },
  "officer@lender.example": { name: "Omar Officer", groups: ["everyone", "coverwatch-officers"] },
  "viewer@lender.example": { name: "Vera Viewer", groups: ["everyone", "coverwatch-viewers"] },
  "newcomer@lender.example": { name: "Nia Newcomer", groups: ["everyone", "coverwatch-viewers"] },
  "departed@lender.example": { name: "Dan Departed", groups: ["everyone", "coverwatch-officers"] },
  "nogroup@lender.example": { name: "Nico Nogroup", groups: ["everyone"] },
  "unverified@lender.example": {
    name: "Uma Unverified",
    groups: ["coverwatch-viewers"],
    emailVerified: false,
  },
};

/** The role mapping these accounts are meant for (OIDC_ROLE_CLAIM=groups). */
export const testIdpRoleMap =
  "coverwatch-admins=ADMIN,coverwatch-officers=COMPLIANCE_OFFICER,coverwatch-viewers=VIEWER";

export type TestIdp = { issuer: string; close(): Promise<void> };

const scope = "openid email profile";

export async function startTestOidcProvider(options: {
  port: number;
  redirectUris: string[];
}): Promise<TestIdp> {
  const issuer = `http://localhost:${options.port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: testIdpClient.id,
        client_secret: testIdpClient.secret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      const email = id.toLowerCase();
      const account = testIdpAccounts[email];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
          groups: account.groups,
        }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Put the claims in the ID token, as Okta and Entra ID can be set to do: next-auth reads only the ID token.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    // A first-party application: no consent screen, as with an IdP admin's assignment of the app.
    loadExistingGrant: grantEverything,
    cookies: { keys: [randomBytes(32).toString("hex")] },
    pkce: { required: () => true },
    // Lifetimes in seconds (stated, so the package does not warn about its defaults at every sign-in).
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, resolve);
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function grantEverything(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope(scope);
  await grant.save();
  return grant;
}
