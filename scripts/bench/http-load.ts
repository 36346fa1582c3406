// A bounded loopback load on one endpoint (autocannon), after one plain
// request that tells whether the endpoint exists and how big its answer is,
// and a warm-up whose figures are dropped.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  // Load before the measured window, not counted.
  warmUpSeconds: number;
  // Answered once the requests still in flight when the load stops are done,
  // so they do not weigh on the next endpoint's figures.
  settleUrl: string;
  // Each request names a URL of its own (a query parameter the server
  // ignores), so no answer the server kept from an earlier one serves it:
  // what every request would cost just after a change to the data.
  everyRequestNew?: boolean;
}

export type LoadResult =
  | { available: false; status: number }
  | { available: true; bytes: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number };

export interface SingleFetch {
  status: number;
  bytes: number;
  ms: number;
}

// Counts the body as it streams, so a large export is never held whole.
export async function fetchOnce(url: string, cookie: string): Promise<SingleFetch> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  let bytes = 0;
  if (response.body !== null) for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return { status: response.status, bytes, ms: performance.now() - started };
}

export async function loadEndpoint(url: string, cookie: string, options: LoadOptions): Promise<LoadResult> {
  const probe = await fetchOnce(url, cookie);
  if (probe.status !== 200) return { available: false, status: probe.status };
  // What a browser sends, so the cost of compressing (where the server does) is counted.
  const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
  const requests = options.everyRequestNew === true ? { requests: [{ setupRequest: newUrl(url) }] } : {};
  const load = (seconds: number) => autocannon({ url, connections: options.connections, duration: seconds, headers, ...requests });
  await load(options.warmUpSeconds);
  await fetch(options.settleUrl);
  const result = await load(options.durationSeconds);
  await fetch(options.settleUrl);
  // With no request answered in the window, the latency figures are empty, not fast.
  const answered = result['2xx'] > 0;
  return {
    available: true,
    bytes: probe.bytes,
    requestsPerSecond: result.requests.average,
    p50Ms: answered ? result.latency.p50 : Number.NaN,
    p99Ms: answered ? result.latency.p99 : Number.NaN,
    // autocannon counts timeouts among the errors.
    failures: result.errors + result.non2xx,
  };
}

function newUrl(url: string): (request: autocannon.Request) => autocannon.Request {
  const { pathname, search } = new URL(url);
  const prefix = `${pathname}${search === '' ? '?' : `${search}&`}request=`;
  let sent = 0;
  return (request) => ({ ...request, path: `${prefix}${sent++}` });
}
