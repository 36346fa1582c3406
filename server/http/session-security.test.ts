import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { absoluteLimitMs, idleLimitMs, sessionCookie } from '../services/session-limits';
import { kyselyStore } from '../store/kysely-store';
import { accountOf, createTestApp, send, signIn, type TestApp } from '../testing/test-app';

// The Set-Cookie header of a response, split into its value and attributes.
function setCookieOf(response: Response, name = sessionCookie): { value: string; attributes: string[] } {
  const header = response.headers.get('set-cookie');
  if (header === null) throw new Error('No Set-Cookie header');
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const prefix = `${name}=`;
  if (!pair.startsWith(prefix)) throw new Error(`Not the session cookie: ${header}`);
  return { value: pair.slice(prefix.length), attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('sessions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  const whoAmI = async (cookie: string) => (await send(t.app, 'GET', '/api/session', { cookie })).status;
  const board = accountOf('board');

  it('sets an HttpOnly, SameSite=Lax cookie for the whole site, not Secure in the demo app', async () => {
    const { attributes } = setCookieOf(await send(t.app, 'POST', '/api/session', { body: board }));
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attributes).not.toContain('secure');
  });

  it('in production (secureCookies) names the cookie __Host-…, marks it Secure and sends HSTS', async () => {
    const secure = createApp(kyselyStore(t.handle.db), { mode: 'production', secureCookies: true, now: () => t.clock.now });
    const response = await send(secure, 'POST', '/api/session', { body: board });
    expect(response.status).toBe(201);
    const hostCookie = `__Host-${sessionCookie}`;
    const { value, attributes } = setCookieOf(response, hostCookie);
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));
    expect(attributes.some((attribute) => attribute.startsWith('domain='))).toBe(false);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const cookie = `${hostCookie}=${value}`;
    expect((await send(secure, 'GET', '/api/session', { cookie })).status).toBe(200);
    // Without the prefix the same id is not the production session cookie.
    expect((await send(secure, 'GET', '/api/session', { cookie: `${sessionCookie}=${value}` })).status).toBe(401);
    const signOut = await send(secure, 'DELETE', '/api/session', { cookie });
    expect(signOut.status).toBe(204);
    expect(setCookieOf(signOut, hostCookie).attributes).toEqual(expect.arrayContaining(['path=/', 'secure', 'max-age=0']));
  });

  it('gives a random id of at least 128 bits, a new one at every sign-in', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(setCookieOf(await send(t.app, 'POST', '/api/session', { body: board })).value);
    for (const id of ids) {
      // base64url: six bits a character.
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(id.length * 6).toBeGreaterThanOrEqual(128);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends the old session when someone signs in again with its cookie', async () => {
    const old = await signIn(t.app, 'board');
    const response = await send(t.app, 'POST', '/api/session', { cookie: old, body: accountOf('staff') });
    expect(response.status).toBe(201);
    const renewed = `${sessionCookie}=${setCookieOf(response).value}`;
    expect(renewed).not.toBe(old);
    expect(await whoAmI(old)).toBe(401);
    expect(await whoAmI(renewed)).toBe(200);
  });

  it('ends the session on the server at sign-out: the same cookie replayed is refused', async () => {
    const cookie = await signIn(t.app, 'staff');
    const out = await send(t.app, 'DELETE', '/api/session', { cookie });
    expect(out.status).toBe(204);
    expect(setCookieOf(out).value).toBe('');
    expect(await t.handle.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    expect(await whoAmI(cookie)).toBe(401);
    expect((await send(t.app, 'GET', '/api/plan', { cookie })).status).toBe(401);
    expect((await send(t.app, 'DELETE', '/api/session', { cookie })).status).toBe(401);
  });

  it('expires a session left idle longer than the idle limit', async () => {
    const kept = await signIn(t.app, 'board');
    const left = await signIn(t.app, 'staff');
    t.clock.now = new Date(t.clock.now.getTime() + idleLimitMs - 60_000);
    expect(await whoAmI(kept)).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 120_000);
    expect(await whoAmI(left)).toBe(401);
    expect(await whoAmI(kept)).toBe(200);
  });

  it('expires a busy session at the absolute limit', async () => {
    const cookie = await signIn(t.app, 'board');
    const start = t.clock.now.getTime();
    const hour = 60 * 60 * 1000;
    for (let elapsed = hour; elapsed <= absoluteLimitMs; elapsed += hour) {
      t.clock.now = new Date(start + elapsed);
      expect(await whoAmI(cookie), `after ${elapsed / hour} h`).toBe(200);
    }
    t.clock.now = new Date(start + absoluteLimitMs + hour);
    expect(await whoAmI(cookie)).toBe(401);
  });

  it('stores only a hash of the session id', async () => {
    const cookie = await signIn(t.app, 'admin');
    const value = cookie.slice(`${sessionCookie}=`.length);
    const rows = await t.handle.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(value);
  });
});
