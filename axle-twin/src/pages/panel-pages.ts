// The control panel's pages: plain HTML, a form per action.
import type { WebhookDelivery } from "../types";
import { escapeHtml, page } from "./layout";

type ActionList = Record<string, { label: string }>;
type AccountRow = {
  id: string;
  carrier: unknown;
  firstName: unknown;
  lastName: unknown;
  status: string;
  isStale: boolean;
  policies: string[];
};

const nav = `<p><a href="/_twin/panel">Accounts</a> · <a href="/_twin/panel/deliveries">Webhook deliveries</a></p>`;

function actionForms(base: string, actions: ActionList): string {
  return Object.entries(actions)
    .map(
      ([name, action]) =>
        `<form method="post" action="${base}/${name}"><button data-testid="action-${name}">${escapeHtml(action.label)}</button></form>`,
    )
    .join("");
}

export function accountsPage(rows: AccountRow[], total: number): string {
  const body = rows
    .map(
      (
        row,
      ) => `<tr><td><a href="/_twin/panel/accounts/${row.id}">${row.id}</a></td><td>${escapeHtml(`${row.firstName ?? ""} ${row.lastName ?? ""}`)}</td>
        <td>${escapeHtml(String(row.carrier))}</td><td>${escapeHtml(row.status)}${row.isStale ? " · stale" : ""}</td>
        <td>${row.policies.map((id) => `<a href="/_twin/panel/policies/${id}">${id}</a>`).join("<br>")}</td></tr>`,
    )
    .join("");
  return page(
    "Control panel",
    `<h1>Axle twin · control panel</h1>${nav}<p>${total} accounts${total > rows.length ? ` (first ${rows.length} shown)` : ""}.</p>
     <table class="listing"><tr><th>Account</th><th>Name</th><th>Carrier</th><th>Connection</th><th>Policies</th></tr>${body}</table>`,
    { wide: true },
  );
}

export function objectPage(
  kind: "account" | "policy",
  id: string,
  json: unknown,
  actions: ActionList,
  message?: string,
): string {
  return page(
    `${kind} ${id}`,
    `<h1>${kind === "account" ? "Account" : "Policy"} ${escapeHtml(id)}</h1>${nav}
     ${message ? `<p data-testid="panel-message">${escapeHtml(message)}</p>` : ""}
     ${actionForms(`/_twin/panel/${kind === "account" ? "accounts" : "policies"}/${encodeURIComponent(id)}`, actions)}
     <pre class="json">${escapeHtml(JSON.stringify(json, null, 2))}</pre>`,
    { wide: true },
  );
}

export function deliveriesPage(deliveries: WebhookDelivery[]): string {
  const rows = deliveries
    .slice()
    .reverse()
    .map(
      (
        delivery,
      ) => `<tr><td>${delivery.eventId}</td><td>${escapeHtml(delivery.type)}</td><td>${delivery.attempts}</td>
        <td>${delivery.lastStatus ?? ""}</td><td>${delivery.deliveredAt ?? escapeHtml(delivery.lastError ?? "pending")}</td><td>${delivery.fault ?? ""}</td></tr>`,
    )
    .join("");
  return page(
    "Webhook deliveries",
    `<h1>Webhook deliveries</h1>${nav}
     <table class="listing"><tr><th>Event</th><th>Type</th><th>Attempts</th><th>Status</th><th>Delivered</th><th>Fault</th></tr>${rows}</table>`,
    { wide: true },
  );
}
