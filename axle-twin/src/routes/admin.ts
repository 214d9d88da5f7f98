// The twin's own JSON API for tests and benchmarks (not part of Axle's): browse state, run the control panel's
// actions, read the delivery log, set faults, reset, refresh. Client credentials required, as on Axle's API.
import { accountActions, policyActions, runAction } from "../actions";
import { requireClient, type TwinContext } from "../context";
import { parseFaultConfig } from "../faults";
import { errors, isPlainObject, readJson, sendData } from "../http";
import type { Router } from "../router";
import { grantForAccount } from "../store";

export function accountSummary(context: TwinContext, accountId: string) {
  const account = context.store.accounts.get(accountId);
  if (!account) throw errors.notFound("Account not found");
  const grant = grantForAccount(context.store, accountId);
  return {
    account,
    policies: account.policies.map((id) => context.store.policies.get(id)),
    accessToken: grant?.token ?? null,
    isMonitoring: grant?.isMonitoring ?? false,
    isStale: context.store.accountControls.get(accountId)?.isStale ?? false,
  };
}

export function registerAdminRoutes(router: Router, context: TwinContext) {
  const admin = (method: string, pattern: string, handler: Parameters<Router["on"]>[2]) =>
    router.on(method, pattern, async (route) => {
      requireClient(context, route.req);
      await handler(route);
    });

  admin("GET", "/_twin/accounts", ({ res, url }) => {
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Math.min(1000, Number(url.searchParams.get("limit") ?? 100));
    const ids = [...context.store.accounts.keys()].slice(offset, offset + limit);
    sendData(res, {
      total: context.store.accounts.size,
      accounts: ids.map((id) => accountSummary(context, id)),
    });
  });
  admin("GET", "/_twin/accounts/:id", ({ res, params }) =>
    sendData(res, accountSummary(context, params.id ?? "")),
  );

  admin("POST", "/_twin/policies/:id/actions/:action", async ({ req, res, params }) => {
    const input = await readJson(req);
    sendData(
      res,
      runAction(
        policyActions,
        params.action ?? "",
        context,
        params.id ?? "",
        isPlainObject(input) ? input : {},
      ) ?? {},
    );
  });
  admin("POST", "/_twin/accounts/:id/actions/:action", async ({ req, res, params }) => {
    const input = await readJson(req);
    sendData(
      res,
      runAction(
        accountActions,
        params.action ?? "",
        context,
        params.id ?? "",
        isPlainObject(input) ? input : {},
      ) ?? {},
    );
  });

  admin("GET", "/_twin/deliveries", ({ res, url }) => {
    const limit = Math.min(2000, Number(url.searchParams.get("limit") ?? 200));
    sendData(res, context.store.deliveries.slice(-limit));
  });

  admin("GET", "/_twin/faults", ({ res }) => sendData(res, context.faults.get()));
  admin("PUT", "/_twin/faults", async ({ req, res }) => {
    const body = await readJson(req);
    try {
      context.faults.set(parseFaultConfig(body));
    } catch (error) {
      throw errors.badRequest(`Invalid fault configuration: ${(error as Error).message}`);
    }
    sendData(res, context.faults.get());
  });
  admin("DELETE", "/_twin/faults", ({ res }) => {
    context.faults.set(parseFaultConfig({}));
    sendData(res, context.faults.get());
  });

  admin("POST", "/_twin/reset", ({ res }) => {
    context.reset();
    sendData(res, { accounts: context.store.accounts.size });
  });
  admin("POST", "/_twin/refresh", ({ res }) => sendData(res, { refreshed: context.refresh() }));
}
