import { describe, expect, it } from "vitest";
import {
  createNonce,
  cspHash,
  fixedSecurityHeaders,
  formatCsp,
  isServedOverHttps,
  pageCsp,
  resourceCsp,
} from "./security-headers";

/** A policy as a map of directive → sources, to check one directive at a time. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("pageCsp", () => {
  const production = parse(pageCsp({ nonce: "abc123==", isDev: false, isHttps: true }));

  it("runs only scripts that carry the nonce, and what they load", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
  });

  it("lets no other site frame a page, and forms post only here", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("allows inline styles, and so carries no nonce for them (browsers would then ignore 'unsafe-inline')", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("never allows eval or inline scripts in production", () => {
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval under `next dev` only", () => {
    const dev = parse(pageCsp({ nonce: "n", isDev: true, isHttps: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests over https only, where an https port answers", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    const plain = parse(pageCsp({ nonce: "n", isDev: false, isHttps: false }));
    expect(plain.has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("resourceCsp", () => {
  it("loads nothing and is framed by no one", () => {
    expect(resourceCsp).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("cspHash", () => {
  it("is the base64 SHA-256 browsers compare inline content with", () => {
    // The hash Chromium names for an empty <style> it refused.
    expect(cspHash("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe("formatCsp", () => {
  it("writes directives in order, a directive without sources alone", () => {
    expect(formatCsp({ "default-src": ["'self'"], "upgrade-insecure-requests": [] })).toBe(
      "default-src 'self'; upgrade-insecure-requests",
    );
  });
});

describe("fixedSecurityHeaders", () => {
  it("refuses framing, sniffing, cross-site referrers and device features", () => {
    expect(fixedSecurityHeaders["x-frame-options"]).toBe("DENY");
    expect(fixedSecurityHeaders["x-content-type-options"]).toBe("nosniff");
    expect(fixedSecurityHeaders["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment"])
      expect(fixedSecurityHeaders["permissions-policy"]).toContain(`${feature}=()`);
  });

  it("uses lower-case names, so that a later value for the same header replaces it", () => {
    for (const name of Object.keys(fixedSecurityHeaders)) expect(name).toBe(name.toLowerCase());
  });
});

describe("isServedOverHttps", () => {
  it("is true when the configured URL is https", () => {
    expect(
      isServedOverHttps({ configuredUrls: ["https://coverwatch.example", undefined], forwardedProto: null }),
    ).toBe(true);
    expect(
      isServedOverHttps({ configuredUrls: [undefined, "HTTPS://coverwatch.example"], forwardedProto: null }),
    ).toBe(true);
  });

  it("is true when the proxy in front says the browser came over https", () => {
    expect(isServedOverHttps({ configuredUrls: ["http://localhost:3000"], forwardedProto: "https" })).toBe(
      true,
    );
    // Several proxies in a row: the first one met the browser.
    expect(
      isServedOverHttps({ configuredUrls: ["http://localhost:3000"], forwardedProto: "https, http" }),
    ).toBe(true);
  });

  it("is false on plain http localhost", () => {
    expect(isServedOverHttps({ configuredUrls: ["http://localhost:3000"], forwardedProto: null })).toBe(
      false,
    );
    expect(isServedOverHttps({ configuredUrls: ["http://localhost:3000"], forwardedProto: "http" })).toBe(
      false,
    );
    expect(isServedOverHttps({ configuredUrls: [], forwardedProto: undefined })).toBe(false);
  });
});

describe("createNonce", () => {
  it("is 128 bits of base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
