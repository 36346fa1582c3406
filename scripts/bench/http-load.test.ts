import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEndpoint } from './http-load';

let server: Server | undefined;
let served = 0;
let urls: string[] = [];

async function serve(status: number, body: string): Promise<string> {
  server = createServer((request, response) => {
    // The load must carry the session cookie on every request.
    const signedIn = request.headers.cookie === 'session=1' || request.url === '/health';
    if (request.url !== '/health') {
      served++;
      urls.push(request.url ?? '');
    }
    response.writeHead(signedIn ? status : 401, { 'content-type': 'application/json' });
    response.end(signedIn ? body : '{}');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  served = 0;
  urls = [];
  await new Promise((resolve) => server?.close(resolve));
});

describe('loadEndpoint', () => {
  it('reports an endpoint the server lacks as not available, without loading it', async () => {
    const origin = await serve(404, '{"error":{}}');
    const result = await loadEndpoint(`${origin}/api/overview`, 'session=1', { connections: 2, durationSeconds: 0.2, warmUpSeconds: 0.2, settleUrl: `${origin}/health` });
    expect(result).toEqual({ available: false, status: 404 });
  });

  it('gives the answer size and the latency of a short signed-in load', async () => {
    const body = JSON.stringify({ items: ['x'.repeat(500)] });
    const origin = await serve(200, body);
    const result = await loadEndpoint(`${origin}/api/plan`, 'session=1', { connections: 2, durationSeconds: 1, warmUpSeconds: 1, settleUrl: `${origin}/health` });
    expect(result).toMatchObject({ available: true, bytes: body.length, failures: 0 });
    if (!result.available) throw new Error('unreachable');
    expect(result.requestsPerSecond).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    // The warm-up's requests reached the server but are not among those measured.
    expect(served).toBeGreaterThan(result.requestsPerSecond * 1.3);
  });

  it('can send every request to a URL of its own, the endpoint’s own parameters kept', async () => {
    const origin = await serve(200, '{}');
    const result = await loadEndpoint(`${origin}/api/actions?page=2`, 'session=1', { connections: 2, durationSeconds: 0.5, warmUpSeconds: 0.2, settleUrl: `${origin}/health`, everyRequestNew: true });
    expect(result).toMatchObject({ available: true, failures: 0 });
    // The first request tells whether the endpoint exists, at its own URL.
    const loaded = urls.slice(1);
    expect(loaded.length).toBeGreaterThan(10);
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(loaded.every((url) => /^\/api\/actions\?page=2&request=\d+$/.test(url))).toBe(true);
  });
});
