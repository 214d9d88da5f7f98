// GET /accounts/{id}, GET /policies/{id} (Axle's API reference) and GET /carriers[/{id}] (§8.3).
import { requireClient, requireGrant, type TwinContext } from "../context";
import { errors, sendData } from "../http";
import type { Router } from "../router";
import { carrierRecord, carriers, findCarrier } from "../seed/carriers";

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
    if (term === "current") return sendData(res, policy);
    if (term !== "renewal") throw errors.badRequest('term must be "current" or "renewal"');
    const renewal = context.store.renewals.get(policy.id);
    if (!renewal) throw errors.notFound("No renewal term exists for this policy");
    sendData(res, renewal);
  });

  router.on("GET", "/carriers", ({ req, res }) => {
    requireClient(context, req);
    sendData(res, carriers.map(carrierRecord));
  });

  router.on("GET", "/carriers/:id", ({ req, res, params }) => {
    requireClient(context, req);
    const carrier = findCarrier(params.id);
    if (!carrier) throw errors.notFound("Carrier not found");
    sendData(res, carrierRecord(carrier));
  });
}
