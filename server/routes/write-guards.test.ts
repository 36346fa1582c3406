import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../http/body-size-limit';
import { errorOf, snapshotTables } from '../testing/db-snapshot';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

// What every write refuses before looking at its data: a visitor, a board
// member, a body too large, a body that is not JSON.
const writes = [
  ['POST', '/api/actions', { title: 'x', version: 1 }],
  ['PATCH', '/api/actions/a-001', { owner: 'Sam', version: 1 }],
  ['POST', '/api/actions/a-001/updates', { quarter: '2026-Q3', status: 'on-track', percentComplete: 50, note: '' }],
  ['PUT', '/api/benchmarks/teacher-retention-rate/values/2025-26', { target: 90, version: 1 }],
] as const;

describe.each(writes)('%s %s', (method, path, body) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function expectRefused(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  }

  it('refuses a visitor (401) and a board member (403), changing nothing', async () => {
    const snapshot = await snapshotTables(t.handle.db);
    await expectRefused(await send(t.app, method, path, { body }), 401, 'unauthorized');
    const board = await signIn(t.app, 'board');
    await expectRefused(await send(t.app, method, path, { cookie: board, body }), 403, 'forbidden');
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });

  it('refuses a body over 64 KB (413) and a body that is not JSON (415), changing nothing', async () => {
    const cookie = await signIn(t.app, 'staff');
    const snapshot = await snapshotTables(t.handle.db);
    const huge = JSON.stringify({ ...body, note: 'x'.repeat(maxBodyBytes) });
    await expectRefused(await send(t.app, method, path, { cookie, body: huge }), 413, 'payload_too_large');
    const form = { cookie, body: 'owner=Sam', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    await expectRefused(await send(t.app, method, path, form), 415, 'unsupported_media_type');
    await expectRefused(await send(t.app, method, path, { cookie, body: JSON.stringify(body), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });
});
