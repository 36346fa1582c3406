// Every read endpoint the benchmark loads, with what it is held to. The
// issue's targets: a page or a summary answers with p99 ≤ 50 ms at 10,000
// actions and ≤ 150 ms at 100,000; the overview stays ≤ 10 kB and the review
// ≤ 100 kB at any size. The full export is timed, not loaded.
import type { Role } from '../../src/contract/session';

export interface ReadEndpoint {
  name: string;
  path: string;
  role: Role;
  maxBytes?: number;
}

export interface EndpointContext {
  actionId: string;
  reviewQuarter: string;
}

export function readEndpoints({ actionId, reviewQuarter }: EndpointContext): ReadEndpoint[] {
  return [
    { name: 'GET /api/plan', path: '/api/plan', role: 'board' },
    { name: 'GET /api/actions (first page)', path: '/api/actions?page=1&pageSize=50', role: 'board' },
    {
      name: 'GET /api/actions (filters, sort, q)',
      path: '/api/actions?priority=wellness&status=at-risk&q=tutoring&sort=-dueQuarter&page=1&pageSize=50',
      role: 'board',
    },
    // A word no action holds: without an index, a search reads every action.
    { name: 'GET /api/actions (q, no match)', path: '/api/actions?q=tutorng&page=1&pageSize=50', role: 'board' },
    { name: 'GET /api/actions/:id', path: `/api/actions/${encodeURIComponent(actionId)}`, role: 'board' },
    { name: 'GET /api/overview', path: '/api/overview', role: 'board', maxBytes: 10_000 },
    { name: 'GET /api/status-history', path: '/api/status-history', role: 'board' },
    { name: 'GET /api/status-history (priority)', path: '/api/status-history?priority=wellness', role: 'board' },
    { name: 'GET /api/benchmarks', path: '/api/benchmarks', role: 'board' },
    { name: `GET /api/review/${reviewQuarter}`, path: `/api/review/${reviewQuarter}`, role: 'board', maxBytes: 100_000 },
    { name: 'GET /api/audit (admin)', path: '/api/audit', role: 'admin' },
  ];
}

export const fullExport: ReadEndpoint = { name: 'GET /api/export/actions.csv (all)', path: '/api/export/actions.csv', role: 'board' };

// The p99 a page or summary must meet with this many actions.
export function p99LimitMs(actions: number): number {
  return actions <= 10_000 ? 50 : 150;
}
