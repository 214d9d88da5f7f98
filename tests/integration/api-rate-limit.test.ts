// The read API's rate limit per key, with a small limit configured for this file: past it, 429 with Retry-After
// and the error shape, while another key still reads.
import { afterAll, beforeAll, expect, it } from "vitest";
import { callApi, createTestApiKey } from "../support/api-client";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
const limit = 3;

beforeAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = String(limit);
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

it("answers 429 with Retry-After once a key has used its requests for the minute, and only to that key", async () => {
  const { GET } = await import("@/app/api/v1/borrowers/route");
  const busy = await createTestApiKey(harness, "Busy system");
  const quiet = await createTestApiKey(harness, "Quiet system");
  for (let request = 0; request < limit; request++)
    expect((await callApi(GET, "/api/v1/borrowers", { key: busy.key })).status).toBe(200);

  const refused = await callApi(GET, "/api/v1/borrowers", { key: busy.key });
  expect(refused.status).toBe(429);
  expect(refused.body).toEqual({ error: { code: "rate_limited", message: expect.any(String) } });
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);

  expect((await callApi(GET, "/api/v1/borrowers", { key: quiet.key })).status).toBe(200);
});
