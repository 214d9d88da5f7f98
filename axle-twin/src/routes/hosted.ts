// The hosted Ignition pages a borrower opens from the `ignitionUri` (../shared/axle-api.md §3).
import type { ServerResponse } from "node:http";
import type { TwinContext } from "../context";
import { readForm, redirect, sendHtml } from "../http";
import { completeLink } from "../ignition-flow";
import * as pages from "../pages/ignition-pages";
import type { Router } from "../router";
import { autoPolicyTemplates } from "../seed/auto-policies";
import { findCarrier } from "../seed/carriers";
import type { IgnitionSession } from "../types";
import { sessionContext } from "../webhooks";

/** Test logins (../shared/axle-api.md §9). Others arrive with issue #3. */
const logins: Record<string, { password: string; outcome: "auto" | "error" }> = {
  "user-auto": { password: "pass-auto", outcome: "auto" },
  "user-error": { password: "pass-error", outcome: "error" },
};

export function registerHostedRoutes(router: Router, context: TwinContext) {
  const { store, webhooks } = context;

  function sessionFor(res: ServerResponse, token: string | null): IgnitionSession | null {
    const session = token ? store.ignitionSessions.get(token) : undefined;
    if (!session) {
      sendHtml(res, pages.messagePage("Link not valid", "This Ignition link is not valid.", "invalid"), 404);
      return null;
    }
    if (session.status === "completed" || session.status === "exited" || session.status === "errored") {
      sendHtml(
        res,
        pages.messagePage("Session finished", "This Ignition session has already ended.", "finished"),
        410,
      );
      return null;
    }
    return session;
  }

  function emit(session: IgnitionSession, type: string, data: Record<string, unknown>) {
    if (!session.webhookUri) return;
    webhooks.send(session.webhookUri, type, {
      token: session.token,
      ...sessionContext(session.clientId, session),
      ...data,
    });
  }

  /** Ends the session: redirect with the documented parameters, or a closing page when there is no redirect. */
  function finish(res: ServerResponse, session: IgnitionSession, params: Record<string, string>) {
    if (!session.redirectUri) {
      sendHtml(res, pages.messagePage("All done", "You can close this window.", params.status));
      return;
    }
    const target = new URL(session.redirectUri);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    redirect(res, target.toString());
  }

  router.on("GET", "/ignition-ui", ({ res, url }) => {
    const session = sessionFor(res, url.searchParams.get("token"));
    if (!session) return;
    if (session.status === "created") {
      session.status = "opened";
      emit(session, "ignition.opened", {});
    }
    sendHtml(res, pages.carrierPage(session.token));
  });

  router.on("POST", "/ignition-ui/login", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const carrier = findCarrier(form.get("carrier") ?? undefined);
    if (!carrier) return sendHtml(res, pages.carrierPage(session.token), 400);
    session.carrier = carrier.id;
    sendHtml(res, pages.loginPage(session.token, carrier.name));
  });

  router.on("POST", "/ignition-ui/authenticate", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const carrierName = findCarrier(session.carrier)?.name ?? "your carrier";
    const username = form.get("username") ?? "";
    const login = logins[username];
    if (!login || login.password !== form.get("password")) {
      return sendHtml(
        res,
        pages.loginPage(session.token, carrierName, "Incorrect username or password."),
        401,
      );
    }
    if (login.outcome === "error") {
      session.status = "errored";
      const message = "We could not connect to your carrier account.";
      emit(session, "ignition.errored", { status: "error", message });
      return finish(res, session, { status: "error", client: session.clientId, message });
    }
    session.username = username;
    sendHtml(res, pages.policyPage(session.token));
  });

  router.on("POST", "/ignition-ui/policy", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const template = autoPolicyTemplates.find((candidate) => candidate.key === form.get("policy"));
    if (!session.username || !template) return sendHtml(res, pages.policyPage(session.token), 400);
    session.selectedPolicy = template.key;
    sendHtml(res, pages.consentPage(session.token, template.label));
  });

  router.on("POST", "/ignition-ui/consent", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    if (!session.username || !session.selectedPolicy)
      return sendHtml(res, pages.policyPage(session.token), 400);
    const { authCode } = completeLink({ store, session, publicUrl: context.publicUrl() });
    session.status = "completed";
    const params = { status: "complete", authCode, client: session.clientId, result: "link" };
    emit(session, "ignition.completed", params);
    finish(res, session, params);
  });

  router.on("GET", "/ignition-ui/exit", ({ res, url }) => {
    const session = sessionFor(res, url.searchParams.get("token"));
    if (!session) return;
    session.status = "exited";
    const step = url.searchParams.get("step") ?? "unknown";
    emit(session, "ignition.exited", { status: "exit", step });
    finish(res, session, { status: "exit", client: session.clientId, step });
  });
}
