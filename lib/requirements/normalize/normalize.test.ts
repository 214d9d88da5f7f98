import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOrgNames, normalizeOrgName } from "./org-name";
import { comparePersonNames } from "./person-name";
import { compareVins, hasValidCheckDigit, normalizeVin } from "./vin";

const vinAlphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789".split("");
const vinBody = fc
  .array(fc.constantFrom(...vinAlphabet), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(""));
const messUp = (value: string, seed: number) =>
  value
    .split("")
    .map(
      (char, index) =>
        ((seed >> (index % 16)) & 1 ? char.toLowerCase() : char) +
        (index % 5 === seed % 5 ? ["-", " ", ""][seed % 3] : ""),
    )
    .join("");

describe("VIN normalisation (property-based)", () => {
  it("ignores case, spaces and dashes, and is idempotent", () => {
    fc.assert(
      fc.property(vinBody, fc.nat(), (vin, seed) => {
        expect(normalizeVin(messUp(vin, seed))).toBe(vin);
        expect(normalizeVin(normalizeVin(vin))).toBe(normalizeVin(vin));
        expect(compareVins(messUp(vin, seed), vin)).toBe("exact");
      }),
    );
  });

  it("sees a VIN that shares only its last 8 characters as a partial match, and a changed serial as different", () => {
    fc.assert(
      fc.property(vinBody, vinBody, (a, b) => {
        fc.pre(a.slice(0, 9) !== b.slice(0, 9));
        expect(compareVins(`${b.slice(0, 9)}${a.slice(9)}`, a)).toBe("last-8");
        fc.pre(a.slice(-8) !== b.slice(-8));
        expect(compareVins(a, b)).toBe("different");
      }),
    );
  });

  it.each([
    ["1HGCM82633A004352", true],
    ["1HGCM82643A004352", false],
    ["1hgcm8263-3a004352", true],
    ["1HGCM82633A00435", false],
    ["1HGCM82633A00435O", false],
  ])("check digit of %s is valid: %s", (vin, valid) => {
    expect(hasValidCheckDigit(vin)).toBe(valid);
  });
});

describe("lender name normalisation", () => {
  it.each([
    ["Wells Fargo Bank, N.A.", "WELLS FARGO BANK, NA", "match"],
    ["Wells Fargo Bank N.A.", "wells fargo bk", "match"],
    ["Wells Fargo & Co", "Wells Fargo", "match"],
    ["Coverwatch Demo Lending LLC", "COVERWATCH DEMO LENDING, INC.", "match"],
    ["Navy Federal Credit Union", "Navy FCU", "match"],
    ["Ally Financial", "Ally Finl Inc", "match"],
    ["Capital One Auto Finance", "Capitol One Auto Finance", "near"],
    ["Santander Consumer USA", "Santander Consumer USA Holdings", "truncated"],
    ["Wells Fargo", "Bank of America", "different"],
    ["", "Bank of America", "different"],
  ] as const)("%s ~ %s → %s", (a, b, expected) => {
    expect(compareOrgNames(a, b)).toBe(expected);
  });

  it("is insensitive to case, punctuation and spacing (property-based)", () => {
    const word = fc.stringMatching(/^[A-Z]{3,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(), (words, seed) => {
        const name = words.join(" ");
        const messy = words
          .map((w, i) => ((seed >> i) & 1 ? w.toLowerCase() : w))
          .join(seed % 2 ? " ,  " : ". ");
        expect(normalizeOrgName(messy)).toBe(normalizeOrgName(name));
        expect(normalizeOrgName(normalizeOrgName(name))).toBe(normalizeOrgName(name));
        expect(compareOrgNames(messy, name)).toBe("match");
      }),
    );
  });
});

describe("person name comparison", () => {
  it.each([
    [["Robert", "Smith"], ["ROBERT", "SMITH"], "match"],
    [["Robert", "Smith"], ["Bob", "Smith"], "close"],
    [["Robert", "Smith"], ["Robert J.", "Smith"], "close"],
    [["R", "Smith"], ["Robert", "Smith"], "close"],
    [["María José", "García-López"], ["Maria Jose", "Garcia Lopez"], "match"],
    [["Maria", "Garcia-Lopez"], ["Maria", "Lopez"], "close"],
    [["Robert", "Smith Jr."], ["Robert", "Smith"], "match"],
    [["Aa", "Ii"], ["AA", "ii."], "match"],
    [["Robert", "Smith"], ["Roberta", "Smith"], "different"],
    [["Robert", "Smith"], ["Robert", "Jones"], "different"],
  ] as const)("%j ~ %j → %s", ([firstName, lastName], [otherFirst, otherLast], expected) => {
    expect(comparePersonNames({ firstName, lastName }, { firstName: otherFirst, lastName: otherLast })).toBe(
      expected,
    );
  });

  it("matches any name written with other case, accents or punctuation (property-based)", () => {
    const part = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
    fc.assert(
      fc.property(part, part, (first, last) => {
        expect(
          comparePersonNames(
            { firstName: first, lastName: last },
            { firstName: first.toUpperCase(), lastName: `${last.toLowerCase()}.` },
          ),
        ).toBe("match");
      }),
    );
  });
});
