// Lender names as carriers print them: "WELLS FARGO BANK, N.A. ISAOA/ATIMA", "Wells Fargo Bk NA", "The Wells Fargo
// & Co", or cut short at a field's length ("ACME AUTO FINAN"). Normalised: upper case, punctuation out, "&" → AND,
// the loss-payee clause dropped (it says how the lender is paid, not who it is), abbreviations spelled out, "The"
// and legal forms dropped.
//
// Finance, Financial and their abbreviations (Fin, Finl, Finc, Fncl) are one word here: carriers use them
// interchangeably for the same lender, and no lender is told apart from another by that word alone.
const abbreviations: Record<string, string> = {
  BK: "BANK",
  BNK: "BANK",
  FIN: "FINANCIAL",
  FINL: "FINANCIAL",
  FINC: "FINANCIAL",
  FNCL: "FINANCIAL",
  FINANCE: "FINANCIAL",
  FED: "FEDERAL",
  NATL: "NATIONAL",
  ASSN: "ASSOCIATION",
  ASSOC: "ASSOCIATION",
  SVC: "SERVICES",
  SVCS: "SERVICES",
  SERV: "SERVICES",
  SERVICE: "SERVICES",
  SERVICING: "SERVICES",
  CORP: "CORPORATION",
  CO: "COMPANY",
  MTG: "MORTGAGE",
  ACCEPT: "ACCEPTANCE",
  ACPT: "ACCEPTANCE",
  CU: "CREDIT UNION",
  FCU: "FEDERAL CREDIT UNION",
  "&": "AND",
};

/** Legal forms and articles that say nothing about who the lender is. */
const ignoredWords = new Set([
  "THE",
  "LLC",
  "INC",
  "INCORPORATED",
  "NA",
  "CORPORATION",
  "COMPANY",
  "LTD",
  "LP",
  "LLP",
  "PLC",
  "FSB",
]);

/**
 * The loss-payee clause in its usual spellings: "ISAOA", "ATIMA", "ISAOA/ATIMA", "its successors and/or
 * assigns (as their interests may appear)", and what follows a "c/o" (the servicer's address line).
 */
const lossPayeeClauses = [
  /\bISAOA\b/g,
  /\bATIMA\b/g,
  /\bITS\s+SUCCESSORS?\s*(?:AND\s*\/\s*OR|AND|OR|&)?\s*ASSIGNS?\b/g,
  /\bAS\s+(?:THEIR|ITS)\s+INTERESTS?\s+MAY\s+APPEAR\b/g,
  /\bC\s*\/\s*O\b.*$/g,
];

/**
 * The name as compared. `spellOut: false` keeps abbreviations as printed, for telling a typo ("Fiance") from a
 * different name: spelled out, one letter's slip can look like a whole word's difference.
 */
export function normalizeOrgName(name: string, { spellOut = true } = {}): string {
  const upper = lossPayeeClauses.reduce(
    (text, clause) => text.replace(clause, " "),
    name
      .toUpperCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, ""),
  );
  const words = upper
    .replace(/&/g, " & ")
    // "N.A." → "NA", "U.S." → "US": dots inside abbreviations join their letters.
    .replace(/\b([A-Z])\.(?=[A-Z]\.)/g, "$1")
    .replace(/[^A-Z0-9& ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => ((spellOut ? abbreviations[word] : undefined) ?? word).split(" "));
  const meaningful = words.filter((word) => !ignoredWords.has(word));
  // "Wells Fargo & Co": once "Co" is gone, a trailing "and" is left over.
  while (meaningful.length > 1 && meaningful.at(-1) === "AND") meaningful.pop();
  return (meaningful.length > 0 ? meaningful : words).join(" ");
}

export type NameComparison = "match" | "truncated" | "near" | "different";

/** A cut-off name is trusted only this long: "ACME" alone could begin any number of lenders' names. */
const shortestTruncation = 8;

/**
 * Same after normalisation: a match. The lender's name cut short (the carrier's field ran out): truncated. Only
 * a letter or two apart, or one name's words all within the other's: near. Anything else: different.
 */
export function compareOrgNames(found: string, lender: string): NameComparison {
  const [left, right] = [normalizeOrgName(found), normalizeOrgName(lender)];
  if (!left || !right) return "different";
  if (left === right) return "match";
  if (left.length >= shortestTruncation && right.startsWith(left)) return "truncated";
  if (
    isSlip(left, right) ||
    isSlip(normalizeOrgName(found, { spellOut: false }), normalizeOrgName(lender, { spellOut: false }))
  )
    return "near";
  const [shortWords, longWords] = [left, right]
    .sort((x, y) => x.length - y.length)
    .map((value) => value.split(" ")) as [string[], string[]];
  if (shortWords.length >= 2 && shortWords.every((word) => longWords.includes(word))) return "near";
  return "different";
}

/** A letter or two apart: at most a tenth of the longer name (and at least one letter). */
function isSlip(a: string, b: string): boolean {
  return Boolean(a && b) && editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.1));
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
