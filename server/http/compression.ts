import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Below a packet or so, gzip saves nothing worth its header.
export const compressFrom = 1024;

// Whether a client's Accept-Encoding takes this coding: named, or covered by
// "*", and not refused with q=0 ("gzip;q=0" means never gzip).
export function acceptsEncoding(acceptEncoding: string | undefined, coding: 'br' | 'gzip'): boolean {
  let wildcard = false;
  for (const entry of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith('q='));
    const refused = quality !== undefined && Number(quality.slice(2)) === 0;
    if (name === coding) return !refused;
    if (name === '*') wildcard = !refused;
  }
  return wildcard;
}

// The CSV exports grow with the plan and stay streamed: gzipped as they go.
// JSON answers are compressed where they are written (json-answer.ts).
export function compressExports(): MiddlewareHandler {
  return compress({ encoding: 'gzip', threshold: compressFrom, contentTypeFilter: /^text\/csv\b/ });
}

export type PageEncoding = 'br' | 'gzip';

// The encoding a rendered page is sent in: what the browser takes, brotli first.
export function pageEncoding(acceptEncoding: string | undefined): PageEncoding | null {
  if (acceptsEncoding(acceptEncoding, 'br')) return 'br';
  return acceptsEncoding(acceptEncoding, 'gzip') ? 'gzip' : null;
}

// A rendered page is compressed whole, on the request's own thread: for the
// overview (about 110 kB) that takes under a millisecond, less than handing
// it to a worker and back. One sized answer reaches the browser sooner than
// a trickle of chunks.
export function encodePage(page: Uint8Array, encoding: PageEncoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(page);
}
