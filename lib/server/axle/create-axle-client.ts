import "server-only";
import type { z } from "zod";
import { isAxleObjectId } from "@/lib/axle/object-id";
import { parseRetryAfter, type RetryPolicy, retryDelayMs } from "@/lib/axle/retry-delay";
import {
  accountSchema,
  carrierSchema,
  descopeResultSchema,
  emptyResultSchema,
  exchangeResultSchema,
  policySchema,
  startIgnitionResultSchema,
} from "@/lib/axle/schemas";
import { log as defaultLog } from "../log";
import { axleMetrics } from "../metrics/axle-metrics";
import { AxleError, kindForStatus } from "./axle-errors";

// The one way Coverwatch talks to Axle. The twin, Axle's sandbox and production differ only by base URL and
// credentials. Every call: client auth headers, a timeout per attempt, retries with backoff and jitter where a
// retry is safe, a log line without secrets, Axle's envelope unwrapped and the data parsed leniently.

export type AxleClientConfig = {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  retry: RetryPolicy;
  log?: Pick<typeof defaultLog, "info" | "warn">;
  sleep?: (ms: number) => Promise<void>;
};

type Call<T extends z.ZodType> = {
  method: "GET" | "POST";
  path: string;
  schema: T;
  accessToken?: string;
  body?: unknown;
  /**
   * Whether repeating the call after an unclear failure (timeout, 5xx, dropped connection) is harmless. A 429
   * is always retried: Axle refused the call without doing it.
   */
  isIdempotent: boolean;
};

export function createAxleClient(config: AxleClientConfig) {
  const log = config.log ?? defaultLog;
  const sleep = config.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));

  async function attempt<T extends z.ZodType>(call: Call<T>): Promise<z.infer<T>> {
    const { method, path, schema, accessToken, body } = call;
    const headers: Record<string, string> = {
      "x-client-id": config.clientId,
      "x-client-secret": config.clientSecret,
      accept: "application/json",
    };
    if (accessToken) headers["x-access-token"] = accessToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const logPath = path.split("?")[0] ?? path;
    const started = performance.now();

    let response: Response;
    try {
      response = await fetch(new URL(path, config.baseUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(config.timeoutMs),
        cache: "no-store",
      });
    } catch (error) {
      const isTimeout = (error as Error).name === "TimeoutError";
      const reason = isTimeout ? `timed out after ${config.timeoutMs} ms` : (error as Error).message;
      axleMetrics.observe(path, isTimeout ? "timeout" : "unreachable", (performance.now() - started) / 1000);
      log.warn("axle request failed", {
        method,
        path: logPath,
        durationMs: Math.round(performance.now() - started),
        error: reason,
      });
      throw new AxleError("unavailable", `Axle could not be reached: ${reason}`, { path: logPath });
    }

    axleMetrics.observe(path, response.status, (performance.now() - started) / 1000);
    const requestId = response.headers.get("x-axle-request-id");
    log.info("axle request", {
      method,
      path: logPath,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      // Axle's own id for the call, apart from `requestId` (this app's request, added by the logger).
      axleRequestId: requestId,
    });
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const { errorCode, message } = (payload ?? {}) as { errorCode?: string; message?: string };
      throw new AxleError(kindForStatus(response.status), message ?? `Axle answered ${response.status}`, {
        status: response.status,
        requestId,
        errorCode,
        path: logPath,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }
    const parsed = schema.safeParse((payload as { data?: unknown } | null)?.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = ["data", ...(issue?.path ?? [])].join(".");
      throw new AxleError(
        "invalid_response",
        `Axle's response to ${method} ${logPath} does not fit at ${field}: ${issue?.message}`,
        {
          status: response.status,
          requestId,
          path: logPath,
          field,
        },
      );
    }
    return parsed.data;
  }

  async function call<T extends z.ZodType>(request: Call<T>): Promise<z.infer<T>> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return await attempt(request);
      } catch (error) {
        if (!(error instanceof AxleError) || attemptNumber >= config.retry.maxAttempts) throw error;
        const isSafe = error.kind === "rate_limited" || (error.isRetryable && request.isIdempotent);
        if (!isSafe) throw error;
        const delay = retryDelayMs({
          attempt: attemptNumber,
          policy: config.retry,
          retryAfterMs: error.details.retryAfterMs,
        });
        log.warn("axle request will be retried", {
          method: request.method,
          path: error.details.path,
          attempt: attemptNumber,
          delayMs: delay,
          kind: error.kind,
        });
        await sleep(delay);
      }
    }
  }

  // An id goes into a path: anything but an Axle object id is refused before a request is made (the methods
  // that take one are async, so the refusal is a rejected promise like any other failed call).
  const id = (value: string) => {
    if (!isAxleObjectId(value))
      throw new AxleError("bad_request", "Not an Axle object id: refused before calling Axle.", {
        field: "id",
      });
    return value;
  };
  return {
    startIgnition: (input: StartIgnitionInput) =>
      call({
        method: "POST",
        path: "/ignition",
        body: input,
        schema: startIgnitionResultSchema,
        isIdempotent: false,
      }),
    exchangeToken: (authCode: string) =>
      call({
        method: "POST",
        path: "/token/exchange",
        body: { authCode },
        schema: exchangeResultSchema,
        isIdempotent: false,
      }),
    descopeToken: (accessToken: string) =>
      call({
        method: "POST",
        path: "/token/descope",
        accessToken,
        body: { scope: "monitoring" },
        schema: descopeResultSchema,
        isIdempotent: true,
      }),
    getAccount: async (accessToken: string, accountId: string) =>
      call({
        method: "GET",
        path: `/accounts/${id(accountId)}`,
        accessToken,
        schema: accountSchema,
        isIdempotent: true,
      }),
    getPolicy: async (
      accessToken: string,
      policyId: string,
      options: { term?: "current" | "renewal" } = {},
    ) =>
      call({
        method: "GET",
        path: `/policies/${id(policyId)}${options.term ? `?term=${options.term}` : ""}`,
        accessToken,
        schema: policySchema,
        isIdempotent: true,
      }),
    getCarriers: () =>
      call({ method: "GET", path: "/carriers", schema: carrierSchema.array(), isIdempotent: true }),
    getCarrier: async (carrierId: string) =>
      call({ method: "GET", path: `/carriers/${id(carrierId)}`, schema: carrierSchema, isIdempotent: true }),
    /** Sandbox only: change an account as the carrier would, which makes Axle send the matching event. */
    triggerAccountEvent: async (accessToken: string, accountId: string, changes: Record<string, unknown>) =>
      call({
        method: "POST",
        path: `/sandbox/accounts/${id(accountId)}/event`,
        accessToken,
        body: changes,
        schema: emptyResultSchema,
        isIdempotent: false,
      }),
    /** Sandbox only: change a policy as the carrier would, which makes Axle send `policy.modified`. */
    triggerPolicyEvent: async (accessToken: string, policyId: string, changes: Record<string, unknown>) =>
      call({
        method: "POST",
        path: `/sandbox/policies/${id(policyId)}/event`,
        accessToken,
        body: changes,
        schema: emptyResultSchema,
        isIdempotent: false,
      }),
  };
}

export type AxleClient = ReturnType<typeof createAxleClient>;

export type StartIgnitionInput = {
  redirectUri: string;
  webhookUri: string;
  user: { id: string; firstName?: string; lastName?: string; email?: string; phone?: string };
  metadata?: Record<string, string | number | boolean | null>;
};
