// A text cell a spreadsheet would read as a formula (= + - @, or a tab or
// carriage return that some of them skip first) is written with a leading
// apostrophe, as OWASP's CSV injection guidance says, so a cooperative's
// name or a village typed as "=HYPERLINK(…)" opens as text in a reviewer's
// Excel. Numbers are left alone: a negative amount is not a formula.
const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}
