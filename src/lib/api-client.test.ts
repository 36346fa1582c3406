import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ActionDetail, ActionList } from '../contract/actions';
import { errorBody } from '../contract/errors';
import { Plan } from '../contract/plan';
import { mockData } from '../../mocks/data';
import { server } from '../../mocks/node';
import { ApiError, apiGet, toSearch } from './api-client';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiGet', () => {
  it('returns the parsed answer', async () => {
    expect(await apiGet('/api/plan', Plan, 'the plan')).toEqual(mockData().plan);
    const list = await apiGet('/api/actions?priority=wellness', ActionList, 'the actions');
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((a) => a.priorityId === 'wellness')).toBe(true);
  });

  it('turns the contract’s error body into an ApiError with the server’s message, status, code and fields', async () => {
    const error = await failure(apiGet('/api/actions?priority=happiness&quarter=soon', ActionList, 'the actions'));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(400);
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^Could not load the actions: Invalid query parameter: /);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['priority', 'quarter']);
    expect(error.fields?.quarter).toBe('must be a quarter like 2025-Q3');
  });

  it('keeps a 404’s message and status', async () => {
    const error = await failure(apiGet('/api/actions/a-999', ActionDetail, 'the action'));
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'Could not load the action: No action has the id "a-999".' });
    expect(error.fields).toBeUndefined();
  });

  it('does the same for a server error in the contract’s shape', async () => {
    server.use(http.get('*/api/plan', () => HttpResponse.json(errorBody('internal', 'The database is unavailable.'), { status: 500 })));
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 500, code: 'internal', message: 'Could not load the plan: The database is unavailable.' });
  });

  it('says which status came back when an error is not the contract’s JSON', async () => {
    server.use(
      http.get('*/api/plan', () =>
        new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }),
      ),
    );
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 502, code: 'http', message: 'Could not load the plan: the server answered 502 Bad Gateway.' });
  });

  it('words it cleanly when the status comes without a reason phrase, as over HTTP/2', async () => {
    // msw fills in the reason phrase, so this answer comes from a stubbed fetch.
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('upstream timed out', { status: 504 }));
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 504, code: 'http', message: 'Could not load the plan: the server answered 504.' });
  });

  it('rejects a 200 whose body is not in the expected shape, naming where', async () => {
    const { priorities, ...plan } = mockData().plan;
    const [first, ...rest] = priorities;
    server.use(http.get('*/api/plan', () => HttpResponse.json({ ...plan, priorities: [{ ...first, title: 42 }, ...rest] })));
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 200, code: 'malformed' });
    expect(error.message).toContain('for the plan');
    expect(error.message).toContain('(at priorities.0.title)');
  });

  it('rejects a 200 that is not JSON at all', async () => {
    server.use(http.get('*/api/plan', () => HttpResponse.text('ok')));
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 200, code: 'malformed' });
    expect(error.message).toContain('(at the response)');
  });

  it('says the server could not be reached on a network error', async () => {
    server.use(http.get('*/api/plan', () => HttpResponse.error()));
    const error = await failure(apiGet('/api/plan', Plan, 'the plan'));
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(error.message).toMatch(/^Could not reach the server to load the plan\./);
  });

  it('lets an aborted request fail as an abort, not as a network error', async () => {
    const controller = new AbortController();
    controller.abort();
    const reason: unknown = await apiGet('/api/plan', Plan, 'the plan', controller.signal).catch((e: unknown) => e);
    expect(reason).not.toBeInstanceOf(ApiError);
    expect((reason as Error).name).toBe('AbortError');
  });
});

describe('toSearch', () => {
  it('drops empty values and sorts the keys', () => {
    expect(toSearch({ quarter: '2025-Q3', priority: 'wellness', q: '', status: undefined, focusArea: 'voice-agency' })).toBe(
      '?focusArea=voice-agency&priority=wellness&quarter=2025-Q3',
    );
  });

  it('gives the same text whatever order the filters come in', () => {
    expect(toSearch({ b: '2', a: '1' })).toBe(toSearch({ a: '1', b: '2' }));
  });

  it('encodes values and is empty when nothing is left', () => {
    expect(toSearch({ q: 'arts & music', owner: 'Gutiérrez' })).toBe('?owner=Guti%C3%A9rrez&q=arts+%26+music');
    expect(toSearch({})).toBe('');
    expect(toSearch({ q: '', status: undefined })).toBe('');
  });
});
