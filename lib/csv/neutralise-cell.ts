// OWASP "CSV injection": a spreadsheet treats a cell that starts with one of these characters as a formula
// (or, for tab and carriage return, as a cell that may be re-parsed into one), so an exported value written
// by a borrower, an insurer or an officer could run `=HYPERLINK(...)` or worse on an examiner's machine.
// `-` is included although we never export negative amounts as raw numbers: any string can start with it,
// and `-2+3` or `-cmd|...` are formulas too. A leading `'` makes the cell plain text and is not displayed.
const formulaTriggers = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** The text of an exported cell, prefixed with `'` when a spreadsheet would read it as a formula. */
export function neutraliseCell(value: string): string {
  return formulaTriggers.has(value.charAt(0)) ? `'${value}` : value;
}
