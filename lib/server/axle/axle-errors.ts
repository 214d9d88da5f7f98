// What can go wrong talking to Axle, as types a caller can act on.
export type AxleErrorKind =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "bad_request"
  | "rate_limited"
  | "unavailable"
  | "invalid_response";

export class AxleError extends Error {
  override name = "AxleError";
  constructor(
    readonly kind: AxleErrorKind,
    message: string,
    readonly details: {
      retryAfterMs?: number | null;
      field?: string;
      status?: number;
      requestId?: string | null;
      errorCode?: string;
      path?: string;
    } = {},
  ) {
    super(message);
  }

  /** Worth trying again later (the same call may succeed); the others will not change by waiting. */
  get isRetryable(): boolean {
    return this.kind === "rate_limited" || this.kind === "unavailable";
  }
}

export function kindForStatus(status: number): AxleErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  return "bad_request";
}
