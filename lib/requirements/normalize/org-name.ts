// Lender names as carriers print them: "WELLS FARGO BANK, N.A.", "Wells Fargo Bk NA", "Wells Fargo & Co".
// Normalised: upper case, punctuation out, "&" → AND, common abbreviations spelled out, legal suffixes dropped.
const abbreviations: Record<string, string> = {
  BK: "BANK",
  BNK: "BANK",
  FIN: "FINANCIAL",
  FINL: "FINANCIAL",
  FED: "FEDERAL",
  NATL: "NATIONAL",
  ASSN: "ASSOCIATION",
  ASSOC: "ASSOCIATION",
  SVC: "SERVICES",
  SVCS: "SERVICES",
  SERV: "SERVICES",
  CORP: "CORPORATION",
  CO: "COMPANY",
  MTG: "MORTGAGE",
  ACCEPT: "ACCEPTANCE",
  ACPT: "ACCEPTANCE",
  CU: "CREDIT UNION",
  FCU: "FEDERAL CREDIT UNION",
  "&": "AND",
};

/** Legal forms that say nothing about who the lender is. */
const legalSuffixes = new Set([
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
  "ISAOA",
  "ATIMA",
]);

export function normalizeOrgName(name: string): string {
  const words = name
    .toUpperCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " & ")
    // "N.A." → "NA", "U.S." → "US": dots inside abbreviations join their letters.
    .replace(/\b([A-Z])\.(?=[A-Z]\.)/g, "$1")
    .replace(/[^A-Z0-9& ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (abbreviations[word] ?? word).split(" "));
  const meaningful = words.filter((word) => !legalSuffixes.has(word));
  // "Wells Fargo & Co": once "Co" is gone, a trailing "and" is left over.
  while (meaningful.length > 1 && meaningful.at(-1) === "AND") meaningful.pop();
  return (meaningful.length > 0 ? meaningful : words).join(" ");
}

export type NameComparison = "match" | "near" | "different";

/** Same after normalisation; "near" when only a letter or two differ, or one name contains the other. */
export function compareOrgNames(a: string, b: string): NameComparison {
  const [left, right] = [normalizeOrgName(a), normalizeOrgName(b)];
  if (!left || !right) return "different";
  if (left === right) return "match";
  const longer = Math.max(left.length, right.length);
  if (editDistance(left, right) <= Math.max(1, Math.floor(longer * 0.1))) return "near";
  const [shortWords, longWords] = [left, right]
    .sort((x, y) => x.length - y.length)
    .map((value) => value.split(" ")) as [string[], string[]];
  if (shortWords.length >= 2 && shortWords.every((word) => longWords.includes(word))) return "near";
  return "different";
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
