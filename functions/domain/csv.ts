/**
 * One CSV writer for every export (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the Azerbaijani letters): cells a spreadsheet would run as a formula are
 * prefixed, so opening a file is safe.
 */
export const csvCell = (value: string | number | boolean | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<Parameters<typeof csvCell>[0]>>) {
  return `\ufeff${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
