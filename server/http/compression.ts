import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { compress } from 'hono/compress';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const threshold = 1024;
const gzipped = promisify(gzip);

// A JSON answer is built whole in memory but carries no Content-Length, so
// compress() could not tell a small one from a large one; measure it.
const measureJson: MiddlewareHandler = async (c, next) => {
  await next();
  if (!/^application\/json/.test(c.res.headers.get('Content-Type') ?? '') || c.res.headers.has('Content-Length')) return;
  const body = await c.res.arrayBuffer();
  c.res = new Response(body, c.res);
  c.header('Content-Length', String(body.byteLength));
};

// Lists and exports grow with the plan: gzip the JSON answers above a packet
// or so, and every CSV export, which stays streamed (compressed as it goes).
export function compressAnswers(): MiddlewareHandler {
  return every(compress({ encoding: 'gzip', threshold, contentTypeFilter: /^(?:application\/json|text\/csv)\b/ }), measureJson);
}

// A server-rendered page is built per request, so it cannot be compressed
// ahead like the built files. It is compressed whole, not streamed: it is
// small, and one sized answer reaches the browser sooner than a trickle of
// chunks.
export function compressPages(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('Content-Type') ?? '';
    if (!/^text\/html\b/.test(type) || c.res.headers.has('Content-Encoding') || !/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) return;
    const body = Buffer.from(await c.res.arrayBuffer());
    const compressed = body.byteLength < threshold ? body : await gzipped(body);
    c.res = new Response(compressed, c.res);
    if (compressed !== body) c.header('Content-Encoding', 'gzip');
    c.header('Content-Length', String(compressed.byteLength));
    c.header('Vary', 'Accept-Encoding', { append: true });
  };
}
