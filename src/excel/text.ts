/**
 * Text protection for cells written through `range.values` / `range.formulas`.
 *
 * Excel reads a written string the way it reads typed input: "=…", "+…", "-…", "@…" become
 * formulas, "1.390.000", "(1)", "05/3/2010", "TRUE" become numbers, dates or booleans, and a leading
 * apostrophe is swallowed. The engine's strings are always text (SheetSpec), so every string Excel
 * would reinterpret gets a leading apostrophe, which Excel stores as a quote prefix: the cell's
 * value is the original string, its number format is untouched.
 *
 * Why not number format "@": a text-formatted cell holding more than 255 characters shows "####"
 * in several Excel versions (the narrative sentences are longer), and "@" would also turn anything
 * the clerk later types into the cell into text.
 */
export function protectText(s: string): string {
  return needsProtection(s) ? `'${s}` : s;
}

export function needsProtection(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return true;
  // Numbers in any grouping, negatives in parentheses, percentages, currency-less amounts.
  if (/\d/.test(t) && /^\(?[-+]?[\d.,\s]*\)?%?$/.test(t)) return true;
  if (/^[-+]?\d+(\.\d+)?e[-+]?\d+$/i.test(t)) return true;
  // Dates and times: 05/3/2010, 3/2010, 5-3-2010, 2010-03-05, 10:30.
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[AP]M)?$/i.test(t)) return true;
  return false;
}
