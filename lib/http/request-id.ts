// The id that ties one request's log lines to the `x-request-id` of its answer. Shared by proxy.ts, which sets it
// on page and action requests, and the route wrappers, which set it on their answers.
export const requestIdHeader = "x-request-id";

// A load balancer's own id is kept when it looks like one; anything else a client sends (long, or with characters
// that could forge a log line) is replaced.
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id if it already carries an acceptable one, otherwise a fresh one. */
export function requestIdFor(headers: Headers): string {
  const given = headers.get(requestIdHeader);
  return given && acceptable.test(given) ? given : crypto.randomUUID();
}
