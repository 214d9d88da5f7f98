// The OpenAPI document is valid OpenAPI 3.1 (checked by a library validator, offline), and every endpoint's real
// answers, successes and errors alike, validate against the schema the document gives for them.
import { randomBytes } from "node:crypto";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callApi, createTestApiKey } from "../support/api-client";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let key: string;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as JSON, as a client reads it.
let document: any;
let ajv: Ajv2020;

beforeAll(async () => {
  harness = await startServerHarness();
  ({ key } = await createTestApiKey(harness));
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  document = await GET().json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
});
afterAll(async () => {
  await harness.close();
});

/** Whether `body` fits the document's schema for this path, method and status; the errors when it does not. */
function checkAgainstDocument(path: string, status: number, body: unknown) {
  const response = document.paths[path].get.responses[String(status)];
  expect(response, `the document describes ${status} for ${path}`).toBeDefined();
  const schemaRef: string = response.content["application/json"].schema.$ref;
  const validate = ajv.getSchema(`openapi${schemaRef}`);
  if (!validate) throw new Error(`no schema at ${schemaRef}`);
  const isValid = validate(body);
  return { isValid, errors: validate.errors };
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("publishes every event type's payload schema", async () => {
    const { outboundEventTypes } = await import("@/lib/integrations/event-types");
    const names = outboundEventTypes.map((type) => document["x-event-types"][type].$ref);
    for (const name of names)
      expect(document.components.schemas[name.replace("#/components/schemas/", "")]).toBeDefined();
    expect(names).toHaveLength(8);
  });
});

describe("every endpoint's answers fit the document", () => {
  it("for borrowers, a borrower, violations and events, and their errors", async () => {
    const routes = {
      "/api/v1/borrowers": (await import("@/app/api/v1/borrowers/route")).GET,
      "/api/v1/borrowers/{id}": (await import("@/app/api/v1/borrowers/[id]/route")).GET,
      "/api/v1/violations": (await import("@/app/api/v1/violations/route")).GET,
      "/api/v1/events": (await import("@/app/api/v1/events/route")).GET,
    };
    const { emitEvent } = await import("@/lib/server/integrations/emit-event");
    const { borrowerId, policyId } = await harness.connectBorrower("mercedes-c300");
    const violation = await harness.db.violation.create({
      data: {
        borrowerId,
        policyId,
        ruleKey: "contract-rule",
        severity: "CRITICAL",
        outcome: "FAIL",
        message: "No collision coverage",
        evidence: {},
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });
    const borrower = { id: borrowerId, loanReference: "LN-contract", name: "Casey Harness" };
    const violationRef = {
      id: violation.id,
      ruleKey: "contract-rule",
      rule: "Contract rule",
      severity: "CRITICAL" as const,
      outcome: "FAIL" as const,
      message: "No collision coverage",
      policyId,
    };
    await harness.db.$transaction(async (tx) => {
      await emitEvent(tx, "violation.opened", { borrower, violation: violationRef });
      await emitEvent(tx, "policy.changed", {
        borrower,
        policy: { id: policyId, policyNumber: null, carrier: "state-farm" },
        changes: [{ path: "coverages.0.limit", before: 1000, after: null, words: "Limit removed" }],
      });
      await emitEvent(tx, "violation.waived", {
        borrower,
        violation: violationRef,
        waivedUntil: new Date(Date.now() + 86_400_000).toISOString(),
        reason: "Renewal pending",
      });
    });
    const unknownKey = `cw_live_${randomBytes(6).toString("hex")}_${randomBytes(24).toString("base64url")}`;

    const calls: [keyof typeof routes, string, { key?: string; params?: { id: string } }, number][] = [
      ["/api/v1/borrowers", "/api/v1/borrowers?limit=1", { key }, 200],
      [
        "/api/v1/borrowers",
        "/api/v1/borrowers?status=compliant,at-risk,non-compliant,not-monitored",
        { key },
        200,
      ],
      ["/api/v1/borrowers", "/api/v1/borrowers?sort=sideways", { key }, 400],
      ["/api/v1/borrowers", "/api/v1/borrowers", {}, 401],
      ["/api/v1/borrowers", "/api/v1/borrowers", { key: unknownKey }, 401],
      ["/api/v1/borrowers/{id}", `/api/v1/borrowers/${borrowerId}`, { key, params: { id: borrowerId } }, 200],
      ["/api/v1/borrowers/{id}", "/api/v1/borrowers/missing", { key, params: { id: "missing" } }, 404],
      ["/api/v1/violations", "/api/v1/violations?status=open", { key }, 200],
      ["/api/v1/violations", "/api/v1/violations?limit=abc", { key }, 400],
      ["/api/v1/events", "/api/v1/events", { key }, 200],
      ["/api/v1/events", "/api/v1/events?cursor=%%%", { key }, 400],
    ];
    for (const [path, url, options, expected] of calls) {
      const { status, body } = await callApi(routes[path], url, options);
      expect(status, url).toBe(expected);
      const { isValid, errors } = checkAgainstDocument(path, status, body);
      expect(errors ?? [], `${url} → ${status}`).toEqual([]);
      expect(isValid).toBe(true);
      if (status === 200 && "data" in body) expect(body.data.length, url).toBeGreaterThan(0);
    }
  });
});
