// The read API's OpenAPI 3.1 document, built from the zod schemas the handlers answer with (schemas.ts) and the
// published event types: nothing in it is written by hand but the words.
import { z } from "zod";
import { outboundEventTypes } from "@/lib/integrations/event-types";
import {
  apiSchemaRegistry,
  borrowerQuerySchema,
  errorCodes,
  eventQuerySchema,
  eventSchemaId,
  violationQuerySchema,
} from "./schemas";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Every named schema, as JSON Schema 2020-12 (OpenAPI 3.1's dialect), referring to each other by `$ref`. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemaRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [
      id,
      schema as JsonSchema,
    ]),
  );
}

/** A query schema's fields as OpenAPI parameters, each with its own schema and description. */
function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, JsonSchema> };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: false,
    ...(description ? { description } : {}),
    schema: property,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

const errors = {
  "400": errorResponse("A parameter the API cannot read (`bad_request`), named in the message"),
  "401": errorResponse("No key, or an unknown, revoked or expired one (`unauthorized`)"),
  "429": {
    ...errorResponse("The key's requests per minute are used up (`rate_limited`)"),
    headers: {
      "Retry-After": { description: "Seconds until the key may call again", schema: { type: "integer" } },
    },
  },
  "500": errorResponse("Something went wrong on the server (`internal`); details are only in its log"),
};

const ok = (id: string, description: string) => ({
  description,
  content: { "application/json": { schema: ref(id) } },
});

export function buildOpenApiDocument({ serverUrl }: { serverUrl?: string } = {}) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Coverwatch read API",
      version: "1.0.0",
      description: `Borrowers' compliance, their violations and the event feed, read with an API key. Every error has the shape \`{ "error": { "code", "message" } }\` with a code among ${errorCodes.map((code) => `\`${code}\``).join(", ")}.`,
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/borrowers": {
        get: {
          operationId: "listBorrowers",
          summary: "Borrowers, with the borrower list's filters, a page at a time",
          parameters: queryParameters(borrowerQuerySchema),
          responses: { "200": ok("BorrowerPage", "A page of borrowers"), ...errors },
        },
      },
      "/api/v1/borrowers/{id}": {
        get: {
          operationId: "getBorrower",
          summary: "One borrower: status, monitored policies, open violations",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": ok("BorrowerDetail", "The borrower"),
            "404": errorResponse("No borrower has this id (`not_found`)"),
            ...errors,
          },
        },
      },
      "/api/v1/violations": {
        get: {
          operationId: "listViolations",
          summary: "Violations, with the violation queue's filters, a page at a time",
          parameters: queryParameters(violationQuerySchema),
          responses: { "200": ok("ViolationPage", "A page of violations"), ...errors },
        },
      },
      "/api/v1/events": {
        get: {
          operationId: "listEvents",
          summary: "The events after a cursor, oldest first, to poll forward",
          parameters: queryParameters(eventQuerySchema),
          responses: { "200": ok("EventPage", "The next events"), ...errors },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          security: [],
          responses: { "200": { description: "The OpenAPI document", content: { "application/json": {} } } },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key from Settings → API keys: `Authorization: Bearer cw_live_…`",
        },
      },
      schemas: componentSchemas(),
    },
    "x-event-types": Object.fromEntries(outboundEventTypes.map((type) => [type, ref(eventSchemaId(type))])),
  };
}
