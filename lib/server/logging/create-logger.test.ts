import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { withLogContext } from "../request-context";
import { createLogger } from "./create-logger";
import { redactPaths } from "./redact-paths";

/** A logger writing JSON into an array, one parsed object a line. */
function capture(format: "json" | "pretty" = "json") {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: "debug", format, destination });
  const text = () => chunks.join("");
  const lines = () =>
    text()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, text, lines };
}

const secret = "s3cr3t-value-that-must-not-appear";

/** An object holding `secret` at the place the path names (`*` taken as any key). */
function objectAt(path: string): Record<string, unknown> {
  const keys = path.match(/[^.[\]"]+/g) ?? [];
  return keys.reduceRight<unknown>(
    (inner, key) => ({ [key === "*" ? "nested" : key]: inner }),
    secret,
  ) as Record<string, unknown>;
}

describe("createLogger", () => {
  it("writes one JSON line with time, level as a word, and message", () => {
    const { logger, lines } = capture();
    logger.info({ borrowerId: "b1" }, "borrower saved");
    expect(lines()).toEqual([
      expect.objectContaining({ level: "info", message: "borrower saved", borrowerId: "b1" }),
    ]);
    expect(new Date(lines()[0]?.time as string).toISOString()).toBe(lines()[0]?.time);
  });

  it.each(redactPaths)("redacts %s", (path) => {
    const { logger, text, lines } = capture();
    logger.warn(objectAt(path), "something with a secret inside");
    expect(text()).not.toContain(secret);
    expect(text()).toContain("[redacted]");
    expect(lines()).toHaveLength(1);
  });

  it("redacts credential headers of a request logged whole, keeping the others", () => {
    const { logger, lines } = capture();
    logger.error(
      {
        request: {
          headers: {
            authorization: `Bearer ${secret}`,
            cookie: secret,
            "x-client-secret": secret,
            accept: "*/*",
          },
        },
      },
      "refused",
    );
    expect(lines()[0]?.request).toEqual({
      headers: {
        authorization: "[redacted]",
        cookie: "[redacted]",
        "x-client-secret": "[redacted]",
        accept: "*/*",
      },
    });
  });

  it("serializes an Error under err with its type, message and stack", () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError("it broke") }, "action failed");
    const err = lines()[0]?.err as Record<string, string>;
    expect(err.type).toBe("TypeError");
    expect(err.message).toBe("it broke");
    expect(err.stack).toContain("create-logger.test.ts");
  });

  it("names an error's type by its name when minifying took the class name", () => {
    const { logger, lines } = capture();
    const Minified = class extends Error {};
    Object.defineProperty(Minified, "name", { value: "" });
    const error = new Minified("Axle was unavailable");
    error.name = "AxleError";
    logger.error({ err: error }, "webhook processing failed");
    expect(lines()[0]?.err).toMatchObject({ type: "AxleError", message: "Axle was unavailable" });
  });

  it("adds the request id of the context a line is logged in, and only there", async () => {
    const { logger, lines } = capture();
    await withLogContext({ requestId: "req-1234567" }, async () => {
      await Promise.resolve();
      logger.info("inside");
    });
    logger.info("outside");
    expect(lines()[0]).toMatchObject({ message: "inside", requestId: "req-1234567" });
    expect(lines()[1]).not.toHaveProperty("requestId");
  });

  it("adds a job's id and queue, nested contexts adding to the outer one", () => {
    const { logger, lines } = capture();
    withLogContext({ queue: "webhook-events" }, () =>
      withLogContext({ jobId: "job-1" }, () => logger.info("event processed")),
    );
    expect(lines()[0]).toMatchObject({ queue: "webhook-events", jobId: "job-1" });
  });

  it("redacts in the pretty format too", () => {
    const { logger, text } = capture("pretty");
    withLogContext({ requestId: "req-pretty-1" }, () =>
      logger.info({ accessToken: secret, borrowerId: "b1" }, "pretty line"),
    );
    expect(text()).toContain("pretty line");
    expect(text()).toContain("req-pretty-1");
    expect(text()).not.toContain(secret);
  });
});
