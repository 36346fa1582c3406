// Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark.
export const utf8Bom = '\uFEFF';

// RFC 4180: a field with a comma, a quote or a line break goes in double
// quotes, with its quotes doubled; records end with CRLF.
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
