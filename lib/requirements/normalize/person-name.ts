// A borrower's name against a policy's named insureds: "Robert J. Smith" is "Bob Smith" with a nickname and a
// middle initial. Exact after normalisation passes; a nickname, an initial or a middle name is a caution.
const nicknameGroups = [
  ["ROBERT", "BOB", "BOBBY", "ROB", "ROBBIE", "BERT"],
  ["WILLIAM", "BILL", "BILLY", "WILL", "WILLIE", "LIAM"],
  ["JAMES", "JIM", "JIMMY", "JAMIE"],
  ["MICHAEL", "MIKE", "MICKEY"],
  ["ELIZABETH", "LIZ", "LIZZIE", "BETH", "BETSY", "ELIZA", "BETTY"],
  ["KATHERINE", "CATHERINE", "KATHRYN", "KATE", "KATIE", "KATHY", "CATHY", "KAT"],
  ["THOMAS", "TOM", "TOMMY"],
  ["RICHARD", "RICK", "RICKY", "DICK", "RICH"],
  ["DAVID", "DAVE", "DAVEY"],
  ["CHRISTOPHER", "CHRIS", "KIT"],
  ["ALEXANDER", "ALEX", "XANDER", "SANDY"],
  ["ALEXANDRA", "ALEX", "ALEXA", "SANDRA"],
  ["SAMUEL", "SAM", "SAMMY"],
  ["SAMANTHA", "SAM", "SAMMY"],
  ["ANTHONY", "TONY"],
  ["JOSEPH", "JOE", "JOEY"],
  ["DANIEL", "DAN", "DANNY"],
  ["MATTHEW", "MATT"],
  ["NICHOLAS", "NICK", "NICKY"],
  ["PATRICK", "PAT"],
  ["PATRICIA", "PAT", "PATTY", "TRISH"],
  ["STEVEN", "STEPHEN", "STEVE"],
  ["JENNIFER", "JEN", "JENNY"],
  ["MARGARET", "MAGGIE", "PEGGY", "MEG"],
  ["EDWARD", "ED", "EDDIE", "TED", "NED"],
  ["JONATHAN", "JON", "JOHNNY"],
  ["JOHN", "JACK", "JOHNNY"],
  ["CHARLES", "CHARLIE", "CHUCK"],
  ["BENJAMIN", "BEN", "BENNY"],
  ["ANDREW", "ANDY", "DREW"],
  ["SUSAN", "SUE", "SUSIE"],
  ["DEBORAH", "DEBBIE", "DEB"],
  ["REBECCA", "BECKY", "BECCA"],
  ["VICTORIA", "VICKY", "TORI"],
];

const nicknames = new Map<string, Set<string>>();
for (const group of nicknameGroups) {
  for (const name of group) {
    const known = nicknames.get(name) ?? new Set<string>();
    for (const other of group) known.add(other);
    nicknames.set(name, known);
  }
}

const suffixes = new Set(["JR", "SR", "II", "III", "IV"]);

/** Upper case, accents and punctuation out, generational suffixes dropped; one entry per word. */
export function nameWords(name: string): string[] {
  const words = name
    .toUpperCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^A-Z ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // "Smith Jr." is Smith; but a surname that happens to read "Ii" or "Iv" is a name, not a suffix.
  const withoutSuffixes = words.filter((word) => !suffixes.has(word));
  return withoutSuffixes.length > 0 ? withoutSuffixes : words;
}

export function areNicknames(a: string, b: string): boolean {
  return a === b || (nicknames.get(a)?.has(b) ?? false);
}

export type PersonComparison = "match" | "close" | "different";

/**
 * First and last name against an insured's. The last names must agree (hyphenated or double surnames may
 * match on either part); then the same first name is a match, and a nickname, an initial or a different
 * arrangement of first and middle names is close.
 */
export function comparePersonNames(
  person: { firstName: string; lastName: string },
  insured: { firstName: string; lastName: string },
): PersonComparison {
  const [first, last] = [nameWords(person.firstName), nameWords(person.lastName)];
  const [otherFirst, otherLast] = [nameWords(insured.firstName), nameWords(insured.lastName)];
  if (first.length === 0 || last.length === 0 || otherFirst.length === 0 || otherLast.length === 0)
    return "different";

  const lastExact = last.join(" ") === otherLast.join(" ");
  const lastOverlaps = last.some((word) => otherLast.includes(word));
  if (!lastOverlaps) return "different";

  const [given, otherGiven] = [first[0] as string, otherFirst[0] as string];
  if (lastExact && first.join(" ") === otherFirst.join(" ")) return "match";
  if (lastExact && given === otherGiven) return "close"; // same first name, a middle name on one side only
  const allGiven = [...first];
  const allOtherGiven = [...otherFirst];
  const isInitialOf = (initial: string, full: string) => initial.length === 1 && full.startsWith(initial);
  const related = allGiven.some((a) =>
    allOtherGiven.some((b) => areNicknames(a, b) || isInitialOf(a, b) || isInitialOf(b, a)),
  );
  return related ? "close" : "different";
}
