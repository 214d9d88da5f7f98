// GET /accounts/{id} and GET /policies/{id} (../shared/axle-api.md §5).
import { requireClient, requireGrant, type TwinContext } from "../context";
import { errors, sendData } from "../http";
import type { Router } from "../router";

export function registerObjectRoutes(router: Router, context: TwinContext) {
  router.on("GET", "/accounts/:id", ({ req, res, params }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const account = context.store.accounts.get(params.id ?? "");
    if (!account) throw errors.notFound("Account not found");
    if (grant.accountId !== account.id) throw errors.forbidden("This access token cannot read that account");
    sendData(res, account);
  });

  router.on("GET", "/policies/:id", ({ req, res, params, url }) => {
    requireClient(context, req);
    const grant = requireGrant(context, req);
    const policy = context.store.policies.get(params.id ?? "");
    if (!policy) throw errors.notFound("Policy not found");
    if (!grant.policyIds.includes(policy.id))
      throw errors.forbidden("This access token cannot read that policy");
    const term = url.searchParams.get("term") ?? "current";
    if (term === "renewal") throw errors.notFound("No renewal term exists for this policy");
    if (term !== "current") throw errors.badRequest('term must be "current" or "renewal"');
    sendData(res, policy);
  });
}
