import type { ImportProblem } from '../../contract/spreadsheet-import';

function continuationRun(bytes: Uint8Array, start: number, count: number, low: number, high: number): boolean {
  const second = bytes[start + 1];
  if (second === undefined || second < low || second > high) return false;
  for (let k = 2; k <= count; k += 1) {
    const byte = bytes[start + k];
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return false;
  }
  return true;
}

// The offset of the first byte that does not belong to well-formed UTF-8
// (no overlong forms, no surrogates, nothing past U+10FFFF), or null.
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let ok: boolean;
    let count: number;
    if (lead >= 0xc2 && lead <= 0xdf) [ok, count] = [continuationRun(bytes, i, 1, 0x80, 0xbf), 1];
    else if (lead === 0xe0) [ok, count] = [continuationRun(bytes, i, 2, 0xa0, 0xbf), 2];
    else if (lead === 0xed) [ok, count] = [continuationRun(bytes, i, 2, 0x80, 0x9f), 2];
    else if (lead >= 0xe1 && lead <= 0xef) [ok, count] = [continuationRun(bytes, i, 2, 0x80, 0xbf), 2];
    else if (lead === 0xf0) [ok, count] = [continuationRun(bytes, i, 3, 0x90, 0xbf), 3];
    else if (lead === 0xf4) [ok, count] = [continuationRun(bytes, i, 3, 0x80, 0x8f), 3];
    else if (lead >= 0xf1 && lead <= 0xf3) [ok, count] = [continuationRun(bytes, i, 3, 0x80, 0xbf), 3];
    else return i;
    if (!ok) return i;
    i += count + 1;
  }
  return null;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

// Text that is not UTF-8, with a guess at what it is so the person knows how
// to save it again. Excel's plain "CSV" format writes Windows-1252.
export function encodingProblem(bytes: Uint8Array): ImportProblem | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: null, column: null, reason: 'The file is not UTF-8 (it is UTF-16, which Excel calls "Unicode Text"): save it as CSV UTF-8 and import it again.' };
  }
  const offset = firstInvalidUtf8(bytes);
  if (offset === null) return null;
  const byte = bytes[offset] ?? 0;
  const line = lineAt(bytes, offset);
  const guess = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
  return {
    line,
    column: null,
    reason:
      `The file is not UTF-8: line ${line} holds the byte ${hex(byte)}, which looks like Windows-1252 ("${guess}"), ` +
      'the encoding of Excel\'s plain "CSV" format. Save it as CSV UTF-8 and import it again.',
  };
}
