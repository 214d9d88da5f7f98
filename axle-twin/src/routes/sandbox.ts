// POST /sandbox/{accounts|policies}/{id}/event: change an object and announce it (Axle's API reference).
import { changeAccount, changePolicy } from "../changes";
import { requireClient, requireGrant, type TwinContext } from "../context";
import { errors, readJson, sendData } from "../http";
import type { Router } from "../router";

export function registerSandboxRoutes(router: Router, context: TwinContext) {
  router.on("POST", "/sandbox/policies/:id/event", async ({ req, res, params }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const policyId = params.id ?? "";
    if (!context.store.policies.has(policyId)) throw errors.notFound("Policy not found");
    if (!grant.policyIds.includes(policyId))
      throw errors.forbidden("This access token cannot change that policy");
    changePolicy(context, policyId, await readJson(req));
    sendData(res, {});
  });

  router.on("POST", "/sandbox/accounts/:id/event", async ({ req, res, params }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const accountId = params.id ?? "";
    if (!context.store.accounts.has(accountId)) throw errors.notFound("Account not found");
    if (grant.accountId !== accountId) throw errors.forbidden("This access token cannot change that account");
    changeAccount(context, accountId, await readJson(req));
    sendData(res, {});
  });
}
