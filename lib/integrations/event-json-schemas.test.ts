import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outboundEventJsonSchemas } from "./event-json-schemas";
import { outboundEventTypes } from "./event-types";

describe("the published webhook schemas", () => {
  const schemas = outboundEventJsonSchemas();

  it.each(outboundEventTypes)("%s has a JSON Schema of its body, and the docs describe it", (type) => {
    expect(schemas[type]).toMatchObject({
      type: "object",
      required: ["type", "timestamp", "data"],
      properties: { type: { const: type } },
    });
    expect(readFileSync("docs/webhooks.md", "utf8")).toContain(`\`${type}\``);
  });
});
