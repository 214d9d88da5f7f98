// The hosted Ignition pages a borrower opens from the `ignitionUri` (Axle's API reference).
import type { ServerResponse } from "node:http";
import type { TwinContext } from "../context";
import { readForm, redirect, sendHtml } from "../http";
import { completeLink, completeManual } from "../ignition-flow";
import * as pages from "../pages/ignition-pages";
import type { Router } from "../router";
import { findCarrier } from "../seed/carriers";
import { findTemplate, testLogins } from "../seed/test-logins";
import type { IgnitionSession } from "../types";
import { sessionContext } from "../webhooks";

const finished = new Set(["completed", "exited", "errored"]);

export function registerHostedRoutes(router: Router, context: TwinContext) {
  const { store, webhooks } = context;

  function sessionFor(res: ServerResponse, token: string | null): IgnitionSession | null {
    const session = token ? store.ignitionSessions.get(token) : undefined;
    if (!session) {
      sendHtml(res, pages.messagePage("Link not valid", "This Ignition link is not valid.", "invalid"), 404);
      return null;
    }
    if (finished.has(session.status)) {
      sendHtml(
        res,
        pages.messagePage("Session finished", "This Ignition session has already ended.", "finished"),
        410,
      );
      return null;
    }
    return session;
  }

  const update = (session: IgnitionSession, change: Partial<IgnitionSession>) =>
    store.ignitionSessions.update(session.token, (current) => ({ ...current, ...change }));

  function emit(session: IgnitionSession, type: string, data: Record<string, unknown>) {
    if (!session.webhookUri) return;
    webhooks.send(session.webhookUri, type, {
      token: session.token,
      ...sessionContext(session.clientId, session),
      ...data,
    });
  }

  /** Ends the session: status, webhook, then the redirect with the documented parameters (or a closing page). */
  function finish(
    res: ServerResponse,
    session: IgnitionSession,
    end: { status: IgnitionSession["status"]; type: string; params: Record<string, string> },
  ) {
    const ended = update(session, { status: end.status });
    emit(ended, end.type, end.params);
    if (!ended.redirectUri)
      return sendHtml(res, pages.messagePage("All done", "You can close this window.", end.params.status));
    const target = new URL(ended.redirectUri);
    for (const [key, value] of Object.entries({ ...end.params, client: ended.clientId }))
      target.searchParams.set(key, value);
    redirect(res, target.toString());
  }

  router.on("GET", "/ignition-ui", ({ res, url }) => {
    const session = sessionFor(res, url.searchParams.get("token"));
    if (!session) return;
    if (session.status === "created") emit(update(session, { status: "opened" }), "ignition.opened", {});
    sendHtml(res, pages.carrierPage(session.token));
  });

  router.on("POST", "/ignition-ui/login", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const carrier = findCarrier(form.get("carrier") ?? undefined);
    if (!carrier) return sendHtml(res, pages.carrierPage(session.token), 400);
    update(session, { carrier: carrier.id });
    sendHtml(res, pages.loginPage(session.token, carrier.name));
  });

  router.on("POST", "/ignition-ui/authenticate", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const username = form.get("username") ?? "";
    const login = testLogins[username];
    if (!login || login.password !== form.get("password")) {
      const carrierName = findCarrier(session.carrier)?.name ?? "your carrier";
      return sendHtml(
        res,
        pages.loginPage(session.token, carrierName, "Incorrect username or password."),
        401,
      );
    }
    if (login.outcome === "error") {
      return finish(res, session, {
        status: "errored",
        type: "ignition.errored",
        params: { status: "error", message: login.message },
      });
    }
    update(session, { username });
    sendHtml(res, pages.policyPage(session.token, login.templates));
  });

  router.on("POST", "/ignition-ui/policy", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const login = testLogins[session.username ?? ""];
    const templates = login?.outcome === "policies" ? login.templates : [];
    const template = templates.find((candidate) => candidate.key === form.get("policy"));
    if (!template) return sendHtml(res, pages.policyPage(session.token, templates), 400);
    update(session, { selectedPolicy: template.key });
    sendHtml(res, pages.consentPage(session.token, template.label));
  });

  router.on("POST", "/ignition-ui/consent", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    if (!session.username || !findTemplate(session.selectedPolicy ?? "")) {
      return sendHtml(res, pages.carrierPage(session.token), 400);
    }
    const { authCode } = completeLink({ store, session, publicUrl: context.publicUrl() });
    finish(res, session, {
      status: "completed",
      type: "ignition.completed",
      params: { status: "complete", authCode, result: "link" },
    });
  });

  router.on("POST", "/ignition-ui/manual", async ({ req, res }) => {
    const session = sessionFor(res, (await readForm(req)).get("token"));
    if (session) sendHtml(res, pages.manualPage(session.token));
  });

  router.on("POST", "/ignition-ui/manual/submit", async ({ req, res }) => {
    const form = await readForm(req);
    const session = sessionFor(res, form.get("token"));
    if (!session) return;
    const fields = {
      carrierName: form.get("carrierName")?.trim() ?? "",
      policyNumber: form.get("policyNumber")?.trim() ?? "",
      effectiveDate: form.get("effectiveDate") ?? "",
      expirationDate: form.get("expirationDate") ?? "",
      vin: form.get("vin")?.trim() ?? "",
    };
    if (!fields.policyNumber)
      return sendHtml(res, pages.manualPage(session.token, "Enter the policy number."), 400);
    const { authCode } = completeManual({ store, session, publicUrl: context.publicUrl(), form: fields });
    finish(res, session, {
      status: "completed",
      type: "ignition.completed",
      params: { status: "complete", authCode, result: "manual" },
    });
  });

  router.on("GET", "/ignition-ui/exit", ({ res, url }) => {
    const session = sessionFor(res, url.searchParams.get("token"));
    if (!session) return;
    const step = url.searchParams.get("step") ?? "unknown";
    finish(res, session, { status: "exited", type: "ignition.exited", params: { status: "exit", step } });
  });
}
