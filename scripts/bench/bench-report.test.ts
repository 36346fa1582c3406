import { describe, expect, it } from 'vitest';
import { coldLoadTable, exportTable, formatBytes, loadTable, loadVerdict, median, type LoadRow } from './bench-report';
import { readEndpoints } from './read-endpoints';

const endpoints = readEndpoints({ actionId: 'a-1', reviewQuarter: '2026-Q3' });
const byPath = (path: string) => {
  const endpoint = endpoints.find((e) => e.path === path);
  if (endpoint === undefined) throw new Error(path);
  return endpoint;
};
const answered = (p99Ms: number, bytes = 1000) => ({ available: true as const, bytes, requestsPerSecond: 812.4, p50Ms: 4, p99Ms, failures: 0 });

describe('loadVerdict', () => {
  it('holds pages to 50 ms up to 10,000 actions and 150 ms beyond', () => {
    const plan = byPath('/api/plan');
    expect(loadVerdict({ endpoint: plan, actions: 10_000, result: answered(50) })).toBe('✓ p99 ≤ 50 ms');
    expect(loadVerdict({ endpoint: plan, actions: 10_000, result: answered(51) })).toBe('✗ p99 ≤ 50 ms');
    expect(loadVerdict({ endpoint: plan, actions: 100_000, result: answered(120) })).toBe('✓ p99 ≤ 150 ms');
  });

  it('holds the overview to 10 kB and the review to 100 kB', () => {
    expect(loadVerdict({ endpoint: byPath('/api/overview'), actions: 101, result: answered(3, 10_001) })).toBe('✓ p99 ≤ 50 ms, ✗ ≤ 10.0 kB');
    expect(loadVerdict({ endpoint: byPath('/api/review/2026-Q3'), actions: 101, result: answered(3, 99_000) })).toBe('✓ p99 ≤ 50 ms, ✓ ≤ 100.0 kB');
  });

  it('says when the server lacks an endpoint or requests failed', () => {
    expect(loadVerdict({ endpoint: byPath('/api/overview'), actions: 101, result: { available: false, status: 404 } })).toBe('not available (404)');
    expect(loadVerdict({ endpoint: byPath('/api/plan'), actions: 101, result: { ...answered(3), failures: 12 } })).toBe('✓ p99 ≤ 50 ms, ✗ 12 failed requests');
    expect(loadVerdict({ endpoint: byPath('/api/plan'), actions: 101, result: { available: false, status: 500 } })).toBe('answered 500');
    expect(loadVerdict({ endpoint: byPath('/api/plan'), actions: 100_000, result: { ...answered(Number.NaN), failures: 10 } })).toBe(
      '✗ p99 ≤ 150 ms, ✗ 10 failed requests',
    );
    expect(loadVerdict({ endpoint: byPath('/api/plan'), actions: 101, result: { available: false, status: 0 } })).toBe('no answer');
  });
});

describe('tables', () => {
  it('prints one Markdown row per endpoint and size', () => {
    const rows: LoadRow[] = [
      { endpoint: byPath('/api/plan'), actions: 10_000, result: answered(12.5, 7_800) },
      { endpoint: byPath('/api/overview'), actions: 10_000, result: { available: false, status: 404 } },
    ];
    expect(loadTable(rows).split('\n')).toEqual([
      '| endpoint | actions | req/s | p50 ms | p99 ms | response | target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      '| GET /api/plan | 10,000 | 812 | 4.0 | 13 | 7.8 kB | ✓ p99 ≤ 50 ms |',
      '| GET /api/overview | 10,000 | — | — | — | — | not available (404) |',
    ]);
  });

  it('shows the export peak memory per size', () => {
    const table = exportTable([{ actions: 100_000, status: 200, bytes: 41_500_000, ms: 2400, memory: { resident: 120_000_000, peak: 180_000_000 } }]);
    expect(table.split('\n')[2]).toBe('| 100,000 | 41.5 MB | 2400 | 120.0 MB | 180.0 MB |');
  });

  it('gives the cold loads as ratios to the static table', () => {
    const table = coldLoadTable([{ actions: 101, runs: 7, staticMs: 40, staticWithAppHeadersMs: 60, matrixMs: 100, chartMs: 200, scriptBytesBeforeMatrix: 90_000 }]);
    expect(table).toContain('| 101 | the same table behind the app’s response headers | 60 | 1.5× | for comparison |');
    expect(table).toContain('| 101 | matrix painted | 100 | 2.5× | ✓ ≤ 2.5× |');
    expect(table).toContain('| 101 | first chart painted | 200 | 5.0× | ✗ ≤ 4× |');
    expect(table).toContain('| 101 | JavaScript on the wire before the matrix | 90.0 kB |  | ✓ ≤ 100.0 kB |');
  });

  it('reports a chart that never drew as missing, not as a number', () => {
    const table = coldLoadTable([{ actions: 101, runs: 7, staticMs: 40, staticWithAppHeadersMs: 60, matrixMs: 100, chartMs: Number.NaN, scriptBytesBeforeMatrix: 90_000 }]);
    expect(table).toContain('| 101 | first chart painted | — | — | ✗ ≤ 4× |');
  });
});

describe('median and sizes', () => {
  it('takes the middle of the runs that produced a figure', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([Number.NaN, 10, 30])).toBe(20);
    expect(median([Number.NaN])).toBeNaN();
  });

  it('writes sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(10_000)).toBe('10.0 kB');
    expect(formatBytes(4_500_000)).toBe('4.5 MB');
  });
});
