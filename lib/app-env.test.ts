import { describe, expect, it } from "vitest";
import { parseAppEnv } from "./app-env";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/coverwatch",
  APP_URL: "http://localhost:3000",
  NEXTAUTH_URL: "http://localhost:3000",
  NEXTAUTH_SECRET: "x".repeat(40),
  AXLE_BASE_URL: "http://localhost:4010",
  AXLE_CLIENT_ID: "cli_1",
  AXLE_CLIENT_SECRET: "sk_1",
  AXLE_WEBHOOK_SECRET: "whsec_0123456789abcdef",
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("parseAppEnv", () => {
  it("applies defaults and normalises the webhook header name", () => {
    const env = parseAppEnv({ ...valid, AXLE_WEBHOOK_HEADER: "X-Webhook-Secret" });
    expect(env.AXLE_WEBHOOK_HEADER).toBe("x-webhook-secret");
    expect(env.FRESHNESS_STALE_HOURS).toBe(48);
    expect(env.WEBHOOK_MAX_BODY_BYTES).toBe(65536);
    expect(env.DIGEST_CRON).toBe("0 7 * * *");
  });

  it("takes a five-field cron for the daily digest, and refuses anything else", () => {
    expect(parseAppEnv({ ...valid, DIGEST_CRON: "30 6 * * 1-5" }).DIGEST_CRON).toBe("30 6 * * 1-5");
    for (const bad of ["daily", "0 7 * *", "0 7 * * * * *", "0 7 * * ;rm"])
      expect(() => parseAppEnv({ ...valid, DIGEST_CRON: bad })).toThrow(
        "DIGEST_CRON: must be a cron expression of five fields",
      );
  });

  it.each([
    [{ DATABASE_URL: undefined }, "DATABASE_URL: is missing"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: must be a postgresql:// URL"],
    [
      { TOKEN_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") },
      "TOKEN_ENCRYPTION_KEY: must be 32 bytes, base64-encoded",
    ],
    [{ AXLE_WEBHOOK_SECRET: "short" }, "AXLE_WEBHOOK_SECRET: must be at least 16 characters"],
    [{ AXLE_CLIENT_SECRET: undefined }, "AXLE_CLIENT_SECRET: is missing"],
    [{ METRICS_TOKEN: "short" }, "METRICS_TOKEN: must be at least 16 characters"],
    [{ WORKER_METRICS_PORT: "9464" }, "METRICS_TOKEN: is missing: WORKER_METRICS_PORT is set"],
    [{ WORKER_METRICS_PORT: "0", METRICS_TOKEN: "m".repeat(16) }, "WORKER_METRICS_PORT:"],
  ])("names the variable that is wrong (%o)", (override, message) => {
    expect(() => parseAppEnv({ ...valid, ...override })).toThrow(message);
  });

  it("leaves metrics off by default, and takes a worker port with a token", () => {
    const off = parseAppEnv(valid);
    expect(off.METRICS_TOKEN).toBeUndefined();
    expect(off.WORKER_METRICS_PORT).toBeUndefined();
    const env = parseAppEnv({ ...valid, WORKER_METRICS_PORT: "9464", METRICS_TOKEN: "m".repeat(16) });
    expect(env.WORKER_METRICS_PORT).toBe(9464);
  });
});
