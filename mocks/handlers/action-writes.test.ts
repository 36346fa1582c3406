import { describe, expect, it } from 'vitest';
import type { NewAction } from '../../src/contract/action-writes';
import { ActionDetail } from '../../src/contract/actions';
import { ApiErrorBody } from '../../src/contract/errors';
import { getJson } from '../../tests/api-fetch';
import { sendJson } from '../../tests/api-send';
import { testToday } from '../../tests/test-today';
import { mockData, resetMockData } from '../data';

const newAction: NewAction = {
  title: 'Family math nights',
  description: 'Evening workshops for families.',
  priorityId: 'academic-benchmarks',
  focusAreaId: 'community-building',
  strategyId: null,
  owner: 'Dana Lee',
  startQuarter: '2025-Q3',
  dueQuarter: '2026-Q2',
  studentGroups: ['english-learners'],
};

// A deep copy of the data a refused write must leave as it was.
const snapshot = () => structuredClone({ actions: mockData().actions, benchmarks: mockData().benchmarks });

function errorOf(answer: { body: unknown }) {
  return ApiErrorBody.parse(answer.body).error;
}

function openAction() {
  const record = mockData().actions.find((r) => r.updates.some((u) => u.quarter === '2026-Q3') && r.updates.every((u) => u.status !== 'completed'));
  if (record === undefined) throw new Error('the sample data should have an open action reported in 2026-Q3');
  return record;
}

describe('POST /api/actions (mock)', () => {
  it('creates the action with the next id and lists it', async () => {
    const count = mockData().actions.length;
    const answer = await sendJson('POST', '/api/actions', newAction);
    expect(answer.status).toBe(201);
    const created = ActionDetail.parse(answer.body);
    expect(created).toMatchObject({ ...newAction, id: `a-${String(count + 1).padStart(3, '0')}`, version: 1, sample: false, updates: [] });
    expect(mockData().actions).toHaveLength(count + 1);
    expect(ActionDetail.parse((await getJson(`/api/actions/${created.id}`)).body)).toEqual(created);
  });

  it.each([
    ['a missing owner', { ...newAction, owner: undefined }, 'owner'],
    ['an unknown field', { ...newAction, id: 'a-500' }, 'body'],
    ['a quarter outside the plan', { ...newAction, dueQuarter: '2027-Q3' }, 'dueQuarter'],
    ['a strategy of another priority', { ...newAction, strategyId: 'wellness-1' }, 'strategyId'],
  ])('refuses %s with a 400 naming it, changing nothing', async (_label, body, field) => {
    const before = snapshot();
    const answer = await sendJson('POST', '/api/actions', body);
    expect(answer.status).toBe(400);
    expect(Object.keys(errorOf(answer).fields ?? {})).toEqual([field]);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a body over 64 KB (413), one that is not JSON (415), and a board member (403)', async () => {
    const before = snapshot();
    expect((await sendJson('POST', '/api/actions', { ...newAction, description: 'x'.repeat(64 * 1024) })).status).toBe(413);
    expect((await sendJson('POST', '/api/actions', JSON.stringify(newAction), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await sendJson('POST', '/api/actions', '{"title":', { 'content-type': 'application/json' })).status).toBe(400);
    resetMockData(testToday, 'board');
    expect((await sendJson('POST', '/api/actions', newAction)).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });
});

describe('PATCH /api/actions/:id (mock)', () => {
  it('changes the fields sent and raises the version', async () => {
    const record = openAction();
    const answer = await sendJson('PATCH', `/api/actions/${record.id}`, { owner: 'Sam Ortiz', version: record.version });
    expect(answer.status).toBe(200);
    expect(ActionDetail.parse(answer.body)).toMatchObject({ id: record.id, owner: 'Sam Ortiz', version: record.version + 1 });
    expect(mockData().actions.find((a) => a.id === record.id)).toMatchObject({ owner: 'Sam Ortiz', version: record.version + 1 });
  });

  it('refuses the second of two edits from the same version with a 409, keeping the first', async () => {
    const record = openAction();
    expect((await sendJson('PATCH', `/api/actions/${record.id}`, { owner: 'First', version: record.version })).status).toBe(200);
    const before = snapshot();
    const second = await sendJson('PATCH', `/api/actions/${record.id}`, { owner: 'Second', version: record.version });
    expect(second.status).toBe(409);
    expect(errorOf(second)).toMatchObject({ code: 'conflict', message: expect.stringMatching(/someone else changed this action.*reload/i) });
    expect(snapshot()).toEqual(before);
  });

  it('answers an unknown action with 404', async () => {
    expect((await sendJson('PATCH', '/api/actions/a-999', { owner: 'Sam', version: 1 })).status).toBe(404);
  });
});

describe('POST /api/actions/:id/updates (mock)', () => {
  const update = { quarter: '2026-Q4', status: 'at-risk', percentComplete: 60, note: 'Venue fell through.' };

  it('adds the current quarter’s update by the signed-in user (201), then replaces it (200)', async () => {
    const record = openAction();
    const added = await sendJson('POST', `/api/actions/${record.id}/updates`, update);
    expect(added.status).toBe(201);
    const detail = ActionDetail.parse(added.body);
    expect(detail.updates[0]).toEqual({ ...update, author: mockData().user?.name, createdAt: testToday.toISOString() });
    expect(detail.version).toBe(record.version + 1);
    const replaced = await sendJson('POST', `/api/actions/${record.id}/updates`, { ...update, status: 'on-track', note: 'Back on schedule.' });
    expect(replaced.status).toBe(200);
    expect(ActionDetail.parse(replaced.body).updates.filter((u) => u.quarter === '2026-Q4').map((u) => u.status)).toEqual(['on-track']);
  });

  it.each([
    ['no note for at risk', { ...update, note: '' }, 400, 'note'],
    ['a quarter after the current one', { ...update, quarter: '2027-Q1' }, 400, 'quarter'],
    ['a quarter outside the plan', { ...update, quarter: '2023-Q1' }, 400, 'quarter'],
    ['completed below 100 %', { ...update, status: 'completed' }, 400, 'percentComplete'],
    ['a stale version', { ...update, version: 99 }, 409, undefined],
  ])('refuses %s, changing nothing', async (_label, body, status, field) => {
    const record = openAction();
    const before = snapshot();
    const answer = await sendJson('POST', `/api/actions/${record.id}/updates`, body);
    expect(answer.status).toBe(status);
    if (field !== undefined) expect(Object.keys(errorOf(answer).fields ?? {})).toEqual([field]);
    expect(snapshot()).toEqual(before);
  });

  it('answers an unknown action with 404', async () => {
    expect((await sendJson('POST', '/api/actions/a-999/updates', update)).status).toBe(404);
  });
});
