import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetMockData } from '../../mocks/data';
import { handlers } from '../../mocks/handlers';
import { testToday as mockToday } from '../../tests/test-today';
import { createTestApp, send, signIn, testToday, type TestApp } from '../testing/test-app';

interface Answer {
  status: number;
  body: unknown;
}

// The server and the mock API, seeded from the same sample data on the same
// date, must give the same answers.
describe('the server and the mock API agree', () => {
  let t: TestApp;
  let cookie: string;
  beforeEach(async () => {
    expect(mockToday).toEqual(testToday);
    t = await createTestApp();
    cookie = await signIn(t.app, 'staff');
    resetMockData(testToday, 'staff');
  });
  afterEach(() => t.close());

  async function server(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await send(t.app, method, path, { cookie, body });
    return { status: response.status, body: await response.json() };
  }

  async function mock(method: string, path: string, body?: unknown): Promise<Answer> {
    const init = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    const response = await getResponse(handlers, new Request(`http://localhost${path}`, init));
    if (response === undefined) throw new Error(`The mock API did not answer ${method} ${path}`);
    return { status: response.status, body: await response.json() };
  }

  async function both(method: string, path: string, body?: unknown): Promise<Answer> {
    const [fromServer, fromMock] = [await server(method, path, body), await mock(method, path, body)];
    expect(fromServer, `${method} ${path}`).toEqual(fromMock);
    return fromServer;
  }

  it.each(['2023-Q3', '2024-Q4', '2025-Q2', '2026-Q3'])('on the quarterly review of %s', async (quarter) => {
    expect((await both('GET', `/api/review/${quarter}`)).status).toBe(200);
  });

  it.each(['2026-Q4', '2027-Q2', '2031-Q1', '2023-Q2', 'latest', '2025-Q9'])('on refusing a review of %s', async (quarter) => {
    expect((await both('GET', `/api/review/${quarter}`)).status).toBe(400);
  });

  it('on the writes, and on the review after them', async () => {
    const created = await both('POST', '/api/actions', {
      title: 'Family math nights',
      description: '',
      priorityId: 'academic-benchmarks',
      focusAreaId: 'community-building',
      strategyId: null,
      owner: 'Dana Lee',
      startQuarter: '2026-Q1',
      dueQuarter: '2026-Q4',
      studentGroups: ['all-students'],
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await both('POST', `/api/actions/${id}/updates`, { quarter: '2026-Q3', status: 'at-risk', percentComplete: 30, note: 'Late start.' })).status).toBe(201);
    expect((await both('POST', `/api/actions/${id}/updates`, { quarter: '2026-Q2', status: 'on-track', percentComplete: 10, note: '' })).status).toBe(201);
    expect((await both('PATCH', `/api/actions/${id}`, { owner: 'Sam Ortiz', version: 3 })).status).toBe(200);
    expect((await both('PATCH', `/api/actions/${id}`, { owner: 'Too late', version: 3 })).status).toBe(409);
    expect((await both('POST', `/api/actions/${id}/updates`, { quarter: '2025-Q4', status: 'on-track', percentComplete: 5, note: '' })).status).toBe(400);
    expect((await both('PUT', '/api/benchmarks/teacher-retention-rate/values/2025-26', { actual: 88.8, version: 1 })).status).toBe(200);
    expect((await both('PUT', '/api/benchmarks/teacher-retention-rate/values/2031-32', { actual: 1, version: 2 })).status).toBe(400);
    expect((await both('GET', '/api/review/2026-Q3')).status).toBe(200);
  });
});
