// Security headers on every response (docs/security.md, "clickjacking / script injection"): the fixed headers
// everywhere, a fresh nonce policy on pages that every served script carries, the strict policy on what is not
// a page, HSTS only over https, the twin's pages a policy of their own — and the real proof, a walk through the
// app and the twin's Ignition in which the browser reports no policy violation.
import type { APIResponse } from "@playwright/test";
import { expect, type Stack, signIn, test } from "./support/fixtures";
import { signInAtCarrier, startIgnitionFromCoverwatch } from "./support/start-ignition";

const strictPolicy = "default-src 'none'; frame-ancestors 'none'";

/** The headers every response carries, and the one policy it has (two would both apply). */
function expectFixedHeaders(response: APIResponse): string {
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment"])
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  // The stack runs on plain http at localhost: never HSTS there.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const policies = response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const policy = policies[0]?.value ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  return policy;
}

/** A page's policy: scripts by nonce only, no eval in production; returns the nonce. */
function expectPagePolicy(response: APIResponse): string {
  const policy = expectFixedHeaders(response);
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)' 'strict-dynamic';/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  return nonce ?? "";
}

/** An Ignition session straight from the twin's API, for its hosted page. */
async function twinIgnition(stack: Stack): Promise<Response> {
  return fetch(`${stack.twinUrl}/ignition`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-client-id": stack.axleClient.id,
      "x-client-secret": stack.axleClient.secret,
    },
    body: JSON.stringify({}),
  });
}

test("pages, route handlers, exports, assets and the twin all carry the security headers", async ({
  page,
  request,
  stack,
}) => {
  await signIn(page, stack.admin);
  expectPagePolicy(await page.request.get("/borrowers"));
  const signInPage = await request.get("/signin");
  expectPagePolicy(signInPage);
  expectPagePolicy(await request.get("/connect/result?outcome=connected"));

  // What is not a page gets the strict policy: JSON, a webhook refused, a CSV export refused, a script.
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await signInPage.text())?.[1];
  expect(script).toBeTruthy();
  for (const response of [
    await request.get("/api/health"),
    await request.post("/api/webhooks/axle", { data: {} }),
    await request.get("/borrowers/export.csv"),
    await request.get(script ?? ""),
  ])
    expect(expectFixedHeaders(response), response.url()).toBe(strictPolicy);

  // The twin: its API's JSON the strict policy, its hosted Ignition page no script and one hashed stylesheet.
  const started = await twinIgnition(stack);
  const { data } = (await started.json()) as { data: { ignitionUri: string } };
  expect(started.headers.get("x-content-type-options")).toBe("nosniff");
  expect(started.headers.get("content-security-policy")).toBe(strictPolicy);
  const hosted = await request.get(data.ignitionUri);
  expect(hosted.status()).toBe(200);
  expect(expectFixedHeaders(hosted)).toMatch(
    /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; frame-ancestors 'none'$/,
  );
});

test("a page's nonce is new on every response, and every script the page serves carries it", async ({
  request,
}) => {
  const nonces: string[] = [];
  for (const response of [await request.get("/signin"), await request.get("/signin")]) {
    const nonce = expectPagePolicy(response);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("HSTS only when the browser came over https", async ({ request, stack }) => {
  const overHttps = { "x-forwarded-proto": "https" };
  for (const response of [
    await request.get("/api/health", { headers: overHttps }),
    await request.get("/signin", { headers: overHttps }),
    await request.get(`${stack.twinUrl}/health`, { headers: overHttps }),
  ])
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  // Over https the page's own plain-http requests are upgraded; on plain http they must not be.
  expect(
    (await request.get("/signin", { headers: overHttps })).headers()["content-security-policy"],
  ).toContain("upgrade-insecure-requests");
  const plain = await request.get("/signin");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("the browser reports no policy violation: sign in, a toast, the overview's charts, dark mode, Ctrl-K, the twin's Ignition", async ({
  page,
  stack,
}) => {
  const violations: string[] = [];
  // Chromium logs each violation (and a Permissions-Policy feature it does not know) to the console; the listener
  // reports each violation too, whatever Chromium's wording, with its directive and source.
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });

  await signIn(page, stack.admin);
  const started = await startIgnitionFromCoverwatch(page, { firstName: "Cora", lastName: "Policy" });
  // A toast: sonner injects its stylesheet itself, and the toaster is only placed by it.
  await page.getByTestId("ask-reconnect-general").click();
  await page.getByTestId("ask-reconnect-general-confirm").click();
  const toaster = page.locator("[data-sonner-toaster]");
  await expect(toaster.locator("[data-sonner-toast]").first()).toBeVisible();
  expect(await toaster.evaluate((element) => getComputedStyle(element).position)).toBe("fixed");

  // The overview loaded from the server (style attributes in its HTML), its charts drawn in the browser.
  await page.goto("/");
  const chart = (testId: string) =>
    page.getByTestId(testId).locator(".recharts-wrapper > svg.recharts-surface");
  await expect(chart("trend-chart")).toBeVisible();
  await expect(chart("weekly-chart")).toBeVisible();
  await page.getByTestId("theme-toggle").click();
  await page.getByTestId("theme-dark").click();
  await expect(page.locator("html")).toHaveClass(/dark/);

  await page.keyboard.press("Control+k");
  await page.getByTestId("command-palette-input").fill(started.loanReference);
  await expect(page.getByTestId("command-palette-item").first()).toContainText(started.loanReference);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(started.borrowerUrl);
  await expect(page.getByTestId("borrower-name")).toHaveText("Cora Policy");

  // The borrower's side: the twin's hosted pages, then the app's /connect result page.
  await signInAtCarrier(page, started.ignitionUri, { username: "user-auto", password: "pass-auto" });
  await page.getByTestId("policy-mercedes-c300").click();
  await page.getByTestId("consent-submit").click();
  await expect(page.getByTestId("connect-connected")).toBeVisible();
  await page.goto(started.borrowerUrl);
  await expect(page.getByTestId("policy-status")).toHaveText("Active");

  expect(violations).toEqual([]);
});
