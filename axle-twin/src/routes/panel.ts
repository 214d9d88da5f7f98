// The control panel: browse accounts and policies, fire the common carrier-side changes with one click.
// Plain pages with no sign-in: the twin listens on loopback by default and holds only test data.
import { accountActions, policyActions, runAction } from "../actions";
import type { TwinContext } from "../context";
import { errors, redirect, sendHtml, TwinHttpError } from "../http";
import { accountsPage, deliveriesPage, objectPage } from "../pages/panel-pages";
import type { Router } from "../router";
import { accountSummary } from "./admin";

export function registerPanelRoutes(router: Router, context: TwinContext) {
  const { store } = context;

  router.on("GET", "/_twin/panel", ({ res }) => {
    const accounts = [...store.accounts.values()].slice(-200).reverse();
    const rows = accounts.map((account) => ({
      id: account.id,
      carrier: account.carrier,
      firstName: account.firstName,
      lastName: account.lastName,
      status: (account.connection as { status: string }).status,
      isStale: store.accountControls.get(account.id)?.isStale ?? false,
      policies: account.policies,
    }));
    sendHtml(res, accountsPage(rows, store.accounts.size));
  });

  router.on("GET", "/_twin/panel/accounts/:id", ({ res, params, url }) => {
    const summary = accountSummary(context, params.id ?? "");
    const { accessToken: _token, ...shown } = summary;
    sendHtml(
      res,
      objectPage(
        "account",
        summary.account.id,
        shown,
        accountActions,
        url.searchParams.get("done") ?? undefined,
      ),
    );
  });

  router.on("GET", "/_twin/panel/policies/:id", ({ res, params, url }) => {
    const policy = store.policies.get(params.id ?? "");
    if (!policy) throw errors.notFound("Policy not found");
    const shown = { current: policy, renewal: store.renewals.get(policy.id) ?? null };
    sendHtml(
      res,
      objectPage("policy", policy.id, shown, policyActions, url.searchParams.get("done") ?? undefined),
    );
  });

  for (const [kind, registry] of [
    ["accounts", accountActions],
    ["policies", policyActions],
  ] as const) {
    router.on("POST", `/_twin/panel/${kind}/:id/:action`, ({ res, params }) => {
      const id = params.id ?? "";
      try {
        runAction(registry, params.action ?? "", context, id);
      } catch (error) {
        if (!(error instanceof TwinHttpError)) throw error;
        return redirect(
          res,
          `/_twin/panel/${kind}/${encodeURIComponent(id)}?done=${encodeURIComponent(error.message)}`,
        );
      }
      redirect(
        res,
        `/_twin/panel/${kind}/${encodeURIComponent(id)}?done=${encodeURIComponent(`Done: ${registry[params.action ?? ""]?.label}`)}`,
      );
    });
  }

  router.on("GET", "/_twin/panel/deliveries", ({ res }) =>
    sendHtml(res, deliveriesPage(store.deliveries.slice(-300))),
  );
}
