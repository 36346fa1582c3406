import { http, HttpResponse } from 'msw';
import { BenchmarkFilters } from '../../src/contract/benchmarks';
import { mockData } from '../data';
import { parseQuery } from './respond';

export const benchmarkHandlers = [
  http.get('*/api/benchmarks', ({ request }) => {
    const query = parseQuery(request, BenchmarkFilters);
    if (!query.ok) return query.response;
    const { priority } = query.value;
    const items = mockData().benchmarks.filter((b) => priority === undefined || b.priorityId === priority);
    return HttpResponse.json({ items, total: items.length });
  }),
];
