import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionList } from '../../src/contract/actions';
import { createApp } from '../app';
import { loadActionRecords } from '../db/repository/action-repository';
import { kyselyStore } from '../store/kysely-store';
import type { Store } from '../store/store';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

// A second server on the test app's database, whose list reads are counted.
function countingServer(t: TestApp) {
  const store = kyselyStore(t.handle.db);
  const counted = { listReads: 0 };
  const counting: Store = {
    ...store,
    reads: {
      ...store.reads,
      listActions: (filters, quarter) => {
        counted.listReads++;
        return store.reads.listActions(filters, quarter);
      },
    },
  };
  return { app: createApp(counting, { mode: 'demo', secureCookies: false, now: () => t.clock.now }), counted };
}

async function listOf(response: Response): Promise<ActionList> {
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = response.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes).toString() : bytes.toString();
  return ActionList.parse(JSON.parse(text));
}

describe('a read answer kept while the data stays the same', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('is kept from its second ask, and read afresh after another server writes', async () => {
    const reader = countingServer(t);
    const cookie = await signIn(reader.app, 'board');
    const records = await loadActionRecords(t.handle.db);
    const open = records.find((r) => r.updates.length > 0 && r.updates.every((u) => u.status !== 'completed' && u.status !== 'at-risk'));
    if (open === undefined) throw new Error('the sample data should have an open action never at risk');
    const atRisk = '/api/actions?quarter=2026-Q4&status=at-risk&pageSize=200';

    // Kept from its second ask: an answer asked for once is not worth holding.
    const before = await listOf(await send(reader.app, 'GET', atRisk, { cookie }));
    for (let i = 0; i < 3; i++) expect(await listOf(await send(reader.app, 'GET', atRisk, { cookie }))).toEqual(before);
    expect(reader.counted.listReads).toBe(2);
    expect(before.items.map((a) => a.id)).not.toContain(open.id);

    const staff = await signIn(t.app, 'staff');
    const update = { quarter: '2026-Q4', status: 'at-risk', percentComplete: 40, note: 'The venue fell through.', version: open.version };
    expect((await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie: staff, body: update })).status).toBe(201);

    const after = await listOf(await send(reader.app, 'GET', atRisk, { cookie }));
    expect(reader.counted.listReads).toBe(3);
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((a) => a.id)).toContain(open.id);
  });

  it('follows the day into the next quarter, where the default quarter moves', async () => {
    const cookie = await signIn(t.app, 'board');
    for (let i = 0; i < 2; i++) expect((await listOf(await send(t.app, 'GET', '/api/actions', { cookie }))).asOf).toBe('2026-Q3');
    t.clock.now = new Date('2027-01-15T12:00:00Z');
    // Signing in writes no plan data: the data revision stays where it was.
    const inQ1 = await listOf(await send(t.app, 'GET', '/api/actions', { cookie: await signIn(t.app, 'board') }));
    expect(inQ1.asOf).toBe('2026-Q4');
  });

  it('goes gzipped to a client that takes gzip and plain to one that does not', async () => {
    const cookie = await signIn(t.app, 'board');
    await send(t.app, 'GET', '/api/actions', { cookie });
    const gzipped = await send(t.app, 'GET', '/api/actions', { cookie, headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await send(t.app, 'GET', '/api/actions', { cookie, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const again = await send(t.app, 'GET', '/api/actions', { cookie, headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers.get('content-encoding')).toBe('gzip');
    const [first, second, third] = await Promise.all([listOf(gzipped), listOf(plain), listOf(again)]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('is not kept when it fails: a bad filter is a 400 each time', async () => {
    const cookie = await signIn(t.app, 'board');
    for (let i = 0; i < 2; i++) {
      const response = await send(t.app, 'GET', '/api/actions?status=done', { cookie });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('status');
    }
  });
});
