/**
 * Private: when a decimal may be written as a spreadsheet number.
 *
 * @internal
 * @module
 */

/** Significant digits a spreadsheet shows and keeps (Excel: "number precision 15 digits"). */
export const SPREADSHEET_DIGITS = 15;

/**
 * The canonical form of a plain decimal string: no exponent, no `+`, no
 * leading zeros, no trailing fractional zeros (`"52000000.00"` → `"52000000"`,
 * `"-0.50"` → `"-0.5"`, `"-0"` → `"0"`).
 */
export function canonicalDecimal(text: string): string {
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (m === null) throw new Error(`not a plain decimal: ${text}`);
  const int = (m[2] as string).replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const body = frac === "" ? int : `${int}.${frac}`;
  return m[1] === "-" && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * The text of a number cell for a decimal, or `undefined` when the value must
 * be written as text to stay exact. A number cell holds an IEEE double: the
 * decimal is written as one only when it has at most 15 significant digits
 * (what spreadsheets show and keep), a whole value is at most 2^53 − 1, and
 * the canonical string round-trips through a double (`String(Number(s)) === s`).
 * The cell's XML then holds the canonical decimal string itself: the value
 * never passes through a float on the way out.
 */
export function numberCellText(decimal: string): string | undefined {
  const s = canonicalDecimal(decimal);
  const digits = s.replace(/^-/, "").replace(".", "").replace(/^0+/, "");
  if (digits.length > SPREADSHEET_DIGITS) return undefined;
  const n = Number(s);
  if (!s.includes(".") && !Number.isSafeInteger(n)) return undefined;
  return String(n) === s ? s : undefined;
}
