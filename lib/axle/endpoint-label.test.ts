import { describe, expect, it } from "vitest";
import { axleEndpointLabel } from "./endpoint-label";

describe("axleEndpointLabel", () => {
  it("keeps the routes without ids as they are", () => {
    expect(axleEndpointLabel("/ignition")).toBe("/ignition");
    expect(axleEndpointLabel("/token/exchange")).toBe("/token/exchange");
    expect(axleEndpointLabel("/carriers")).toBe("/carriers");
  });

  it("replaces ids with :id and drops the query", () => {
    expect(axleEndpointLabel("/policies/pol_CbxGmGWnp9bGAFCC-eod2?term=renewal")).toBe("/policies/:id");
    expect(axleEndpointLabel("/accounts/acc_123")).toBe("/accounts/:id");
    expect(axleEndpointLabel("/sandbox/policies/pol_1/event")).toBe("/sandbox/policies/:id/event");
  });

  it("labels a segment it does not know as an id, whatever it holds", () => {
    expect(axleEndpointLabel("/policies/tok_secret/renew#x")).toBe("/policies/:id/:id");
    expect(axleEndpointLabel("/")).toBe("/");
  });
});
