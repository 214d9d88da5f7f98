// POST /token/exchange and POST /token/descope (Axle's API reference).
import { z } from "zod";
import { requireClient, requireGrant, type TwinContext } from "../context";
import { errors, readJson, sendData } from "../http";
import type { Router } from "../router";

const exchangeSchema = z.object({ authCode: z.string().min(1) });
const descopeSchema = z.object({ scope: z.literal("monitoring") });

export function registerTokenRoutes(router: Router, context: TwinContext) {
  router.on("POST", "/token/exchange", async ({ req, res }) => {
    requireClient(context, req);
    const parsed = exchangeSchema.safeParse(await readJson(req));
    if (!parsed.success) throw errors.badRequest("authCode is required");
    const code = context.store.authCodes.get(parsed.data.authCode);
    if (!code) throw errors.badRequest("Invalid authCode");
    if (code.isUsed) throw errors.badRequest("authCode has already been exchanged");
    if (Date.now() > code.expiresAt) throw errors.badRequest("authCode has expired");
    context.store.authCodes.update(code.code, (current) => ({ ...current, isUsed: true }));
    const grant = context.store.grants.get(code.accessToken);
    if (!grant) throw errors.badRequest("Invalid authCode");
    sendData(res, { accessToken: grant.token, account: grant.accountId, policies: grant.policyIds });
  });

  router.on("POST", "/token/descope", async ({ req, res }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const parsed = descopeSchema.safeParse(await readJson(req));
    if (!parsed.success) throw errors.badRequest('scope is required and must be "monitoring"');
    context.store.grants.update(grant.token, (current) => ({ ...current, isMonitoring: false }));
    sendData(res, { accessToken: grant.token });
  });
}
