import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionDetail } from '../../src/contract/actions';
import { auditRows, errorOf, snapshotTables } from '../testing/db-snapshot';
import { sampleNewAction } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

// The same valid new action the role matrix and the fuzz suite start from.
const newAction = sampleNewAction;

describe('POST and PATCH /api/actions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function read(id: string, cookie: string) {
    return ActionDetail.parse(await (await send(t.app, 'GET', `/api/actions/${id}`, { cookie })).json());
  }

  it.each(['staff', 'admin'] as const)('lets %s create an action, with a new id, version 1 and one audit row', async (role) => {
    const cookie = await signIn(t.app, role);
    const ids = (await t.handle.db.selectFrom('actions').select('id').execute()).map((row) => row.id);
    const response = await send(t.app, 'POST', '/api/actions', { cookie, body: newAction });
    expect(response.status).toBe(201);
    const created = ActionDetail.parse(await response.json());
    expect(created).toMatchObject({ ...newAction, version: 1, sample: false, status: 'not-started', updates: [] });
    expect(created.id).toMatch(/^a-\d{3,}$/);
    expect(ids).not.toContain(created.id);
    expect(await read(created.id, cookie)).toEqual(created);
    const audit = await auditRows(t.handle.db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'create-action', entity_type: 'action', entity_id: created.id, before: null, at: t.clock.now.toISOString() });
    expect(audit[0]?.user_email).toBe(role === 'staff' ? 'staff@example.org' : 'director@example.org');
    expect(JSON.parse(audit[0]?.after ?? 'null')).toEqual({ ...newAction, version: 1 });
  });

  it('gives each new action its own id', async () => {
    const cookie = await signIn(t.app, 'staff');
    const [one, two] = await Promise.all([
      send(t.app, 'POST', '/api/actions', { cookie, body: newAction }),
      send(t.app, 'POST', '/api/actions', { cookie, body: { ...newAction, title: 'Second' } }),
    ]);
    expect([one.status, two.status]).toEqual([201, 201]);
    const ids = [ActionDetail.parse(await one.json()).id, ActionDetail.parse(await two.json()).id];
    expect(new Set(ids).size).toBe(2);
  });

  it.each(['staff', 'admin'] as const)('lets %s edit the fields sent, raising the version, with one audit row', async (role) => {
    const cookie = await signIn(t.app, role);
    const before = await read('a-001', cookie);
    const response = await send(t.app, 'PATCH', '/api/actions/a-001', { cookie, body: { owner: 'Sam Ortiz', version: before.version } });
    expect(response.status).toBe(200);
    const after = ActionDetail.parse(await response.json());
    expect(after).toEqual({ ...before, owner: 'Sam Ortiz', version: before.version + 1 });
    expect(await read('a-001', cookie)).toEqual(after);
    const audit = await auditRows(t.handle.db);
    expect(audit.map((row) => [row.operation, row.entity_id])).toEqual([['edit-action', 'a-001']]);
    expect(JSON.parse(audit[0]?.before ?? '')).toEqual({ owner: before.owner, version: before.version });
    expect(JSON.parse(audit[0]?.after ?? '')).toEqual({ owner: 'Sam Ortiz', version: before.version + 1 });
  });

  it('answers a patch that changes nothing with the action as it is, writing nothing', async () => {
    const cookie = await signIn(t.app, 'staff');
    const before = await read('a-001', cookie);
    const snapshot = await snapshotTables(t.handle.db);
    const response = await send(t.app, 'PATCH', '/api/actions/a-001', { cookie, body: { title: before.title, version: before.version } });
    expect(response.status).toBe(200);
    expect(ActionDetail.parse(await response.json())).toEqual(before);
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });

  describe('two edits from the same version', () => {
    it.each([
      ['one after the other', false],
      ['at the same time', true],
    ])('%s: exactly one is saved, the other gets 409 and changes nothing', async (_label, together) => {
      const cookie = await signIn(t.app, 'staff');
      const { version, owner } = await read('a-002', cookie);
      const edit = (newOwner: string) => send(t.app, 'PATCH', '/api/actions/a-002', { cookie, body: { owner: newOwner, version } });
      const responses = together ? await Promise.all([edit('First'), edit('Second')]) : [await edit('First'), await edit('Second')];
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = responses.find((r) => r.status === 409);
      const error = await errorOf(loser ?? new Response());
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/someone else changed this action/i);
      expect(error.message).toMatch(/reload/i);
      const saved = await read('a-002', cookie);
      expect(saved.version).toBe(version + 1);
      expect(['First', 'Second']).toContain(saved.owner);
      const audit = await auditRows(t.handle.db);
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]?.before ?? '')).toEqual({ owner, version });
    });
  });

  describe('refused', () => {
    const { title: _title, ...noTitle } = newAction;
    it.each([
      ['a missing title', noTitle, 'title', /^must be a string$/],
      ['a blank title', { ...newAction, title: '  ' }, 'title', /^is required$/],
      ['a wrong type', { ...newAction, studentGroups: 'asian' }, 'studentGroups', /^must be an array$/],
      ['an unknown student group', { ...newAction, studentGroups: ['martians'] }, 'studentGroups.0', /^must be one of: /],
      ['an unknown field', { ...newAction, status: 'on-track' }, 'body', /^has unknown fields: status$/],
      ['a title too long', { ...newAction, title: 'x'.repeat(201) }, 'title', /^must be at most 200 characters$/],
      ['a start before the plan', { ...newAction, startQuarter: '2023-Q2' }, 'startQuarter', /^must be within the plan period, 2023-Q3 to 2027-Q2$/],
      ['a due quarter after the plan', { ...newAction, dueQuarter: '2027-Q3' }, 'dueQuarter', /^must be within the plan period/],
      ['a due quarter before the start', { ...newAction, dueQuarter: '2025-Q2' }, 'dueQuarter', /^must not be before the start quarter$/],
      ['a strategy of another priority', { ...newAction, strategyId: 'wellness-1' }, 'strategyId', /^must be a strategy of the priority academic-benchmarks/],
      ['a body that is not an object', ['x'], 'body', /^must be an object$/],
      ['a body that is not JSON', '{"title": ', 'body', /^is not valid JSON$/],
    ])('creating with %s: 400 naming the field, nothing written', async (_label, body, field, why) => {
      const cookie = await signIn(t.app, 'staff');
      const snapshot = await snapshotTables(t.handle.db);
      const response = await send(t.app, 'POST', '/api/actions', { cookie, body });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('bad_request');
      expect(error.fields?.[field]).toMatch(why);
      expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
    });

    it.each([
      ['without a version', { owner: 'Sam' }, 400, 'version'],
      ['with nothing to change', { version: 1 }, 400, 'body'],
      ['with an unknown field', { version: 1, sample: false }, 400, 'body'],
      ['moving the due quarter out of the plan', { version: 1, dueQuarter: '2028-Q1' }, 400, 'dueQuarter'],
      ['moving the start past its first update', { version: 1, startQuarter: '2027-Q1', dueQuarter: '2027-Q2' }, 400, 'startQuarter'],
      ['with a stale version', { version: 7, owner: 'Sam' }, 409, undefined],
    ])('editing %s: the right status, nothing written', async (_label, body, status, field) => {
      const cookie = await signIn(t.app, 'staff');
      const snapshot = await snapshotTables(t.handle.db);
      const response = await send(t.app, 'PATCH', '/api/actions/a-001', { cookie, body });
      expect(response.status).toBe(status);
      const error = await errorOf(response);
      if (field !== undefined) expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
    });

    it('editing an action that does not exist: 404 naming it', async () => {
      const cookie = await signIn(t.app, 'admin');
      const snapshot = await snapshotTables(t.handle.db);
      const response = await send(t.app, 'PATCH', '/api/actions/a-999', { cookie, body: { owner: 'Sam', version: 1 } });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).message).toContain('a-999');
      expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
    });
  });
});
