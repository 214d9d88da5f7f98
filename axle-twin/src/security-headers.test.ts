// The twin's pages keep working under their policy: their one inline stylesheet is the hashed one, and no page
// leans on a style attribute or a script, which the policy refuses.
import { describe, expect, it } from "vitest";
import { cspHash } from "../../lib/http/security-headers";
import * as ignitionPages from "./pages/ignition-pages";
import { page, pageStyles } from "./pages/layout";
import * as panelPages from "./pages/panel-pages";
import { twinPageCsp } from "./security-headers";

const rendered = [
  ignitionPages.carrierPage("ign_1"),
  ignitionPages.loginPage("ign_1", "State Farm", "Wrong password"),
  ignitionPages.policyPage("ign_1", [{ key: "p1", label: "2019 Sedan" }]),
  ignitionPages.consentPage("ign_1", "2019 Sedan"),
  ignitionPages.manualPage("ign_1", "Enter the policy number."),
  ignitionPages.messagePage("All done", "You can close this window."),
  panelPages.accountsPage(
    [
      {
        id: "acc_1",
        carrier: "State Farm",
        firstName: "Sam",
        lastName: "Tester",
        status: "active",
        isStale: false,
        policies: ["pol_1"],
      },
    ],
    2,
  ),
  panelPages.objectPage("account", "acc_1", { id: "acc_1" }, { disconnect: { label: "Disconnect" } }, "Done"),
  panelPages.deliveriesPage([]),
];

describe("the twin's page policy", () => {
  it("allows exactly the stylesheet every page carries", () => {
    expect(page("Title", "<p>body</p>")).toContain(`<style>${pageStyles}</style>`);
    expect(twinPageCsp).toContain(`style-src ${cspHash(pageStyles)};`);
  });

  it("runs no script and lets no one frame the pages", () => {
    expect(twinPageCsp).toContain("default-src 'none'");
    expect(twinPageCsp).not.toContain("script-src");
    expect(twinPageCsp).toContain("frame-ancestors 'none'");
  });

  it.each(rendered.map((html, index) => [index, html]))(
    "page %i has no style attribute or script",
    (_, html) => {
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/<script/i);
      expect(html.match(/<style>/g)).toHaveLength(1);
    },
  );
});
