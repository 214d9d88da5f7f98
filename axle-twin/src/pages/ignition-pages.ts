// The screens of the hosted Ignition flow: carrier → login → policy → consent.
import { carriers } from "../seed/carriers";
import type { PolicyTemplate } from "../seed/test-logins";
import { escapeHtml, hidden, page } from "./layout";

function exitLink(token: string, step: string): string {
  return `<a class="exit" data-testid="ignition-exit" href="/ignition-ui/exit?token=${encodeURIComponent(token)}&step=${encodeURIComponent(step)}">Exit</a>`;
}

export function carrierPage(token: string): string {
  const options = carriers
    .map(
      (carrier) =>
        `<button name="carrier" value="${carrier.id}" data-testid="carrier-${carrier.id}">${escapeHtml(carrier.name)}</button>`,
    )
    .join("");
  return page(
    "Choose your insurance carrier",
    `<h1>Choose your insurance carrier</h1>
     <form method="post" action="/ignition-ui/login">${hidden("token", token)}${options}</form>
     <form method="post" action="/ignition-ui/manual">${hidden("token", token)}
       <button data-testid="carrier-not-listed">My carrier is not listed</button>
     </form>
     ${exitLink(token, "carrier-select")}`,
  );
}

export function loginPage(token: string, carrierName: string, error?: string): string {
  return page(
    `Sign in to ${carrierName}`,
    `<h1>Sign in to ${escapeHtml(carrierName)}</h1>
     ${error ? `<p class="error" data-testid="login-error">${escapeHtml(error)}</p>` : ""}
     <form method="post" action="/ignition-ui/authenticate">${hidden("token", token)}
       <label>Username<input name="username" data-testid="login-username" autocomplete="off"></label>
       <label>Password<input name="password" type="password" data-testid="login-password"></label>
       <button class="primary" data-testid="login-submit">Sign in</button>
     </form>
     <p><small>Test logins: <code>user-auto</code> / <code>pass-auto</code>, <code>user-home</code> / <code>pass-home</code>,
       <code>user-error</code> / <code>pass-error</code>.</small></p>
     ${exitLink(token, "carrier-login")}`,
  );
}

export function policyPage(token: string, templates: PolicyTemplate[]): string {
  const options = templates
    .map(
      (template) =>
        `<button name="policy" value="${template.key}" data-testid="policy-${template.key}">${escapeHtml(template.label)}</button>`,
    )
    .join("");
  return page(
    "Choose a policy",
    `<h1>Which policy do you want to share?</h1>
     <form method="post" action="/ignition-ui/policy">${hidden("token", token)}${options}</form>
     ${exitLink(token, "policy-select")}`,
  );
}

export function consentPage(token: string, policyLabel: string): string {
  return page(
    "Share your policy",
    `<h1>Share your policy</h1>
     <p>You are about to share <strong>${escapeHtml(policyLabel)}</strong> and allow ongoing monitoring of it.</p>
     <form method="post" action="/ignition-ui/consent">${hidden("token", token)}
       <button class="primary" data-testid="consent-submit">Allow and share</button>
     </form>
     ${exitLink(token, "consent")}`,
  );
}

export function manualPage(token: string, error?: string): string {
  const field = (name: string, label: string, type = "text") =>
    `<label>${label}<input name="${name}" type="${type}" data-testid="manual-${name}"></label>`;
  return page(
    "Enter your policy",
    `<h1>Enter your policy details</h1>
     ${error ? `<p class="error" data-testid="manual-error">${escapeHtml(error)}</p>` : ""}
     <form method="post" action="/ignition-ui/manual/submit">${hidden("token", token)}
       ${field("carrierName", "Insurance company")}${field("policyNumber", "Policy number")}
       ${field("effectiveDate", "Effective date", "date")}${field("expirationDate", "Expiration date", "date")}
       ${field("vin", "Vehicle VIN")}
       <button class="primary" data-testid="manual-submit">Share this policy</button>
     </form>
     ${exitLink(token, "manual-entry")}`,
  );
}

export function messagePage(title: string, message: string, status = "done"): string {
  return page(
    title,
    `<h1 data-testid="ignition-${status}">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`,
  );
}
