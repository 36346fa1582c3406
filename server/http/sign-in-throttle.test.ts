import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addressKey } from '../services/sign-in';
import { errorOf } from '../testing/db-snapshot';
import { accountOf, createTestApp, testOrigin, type TestApp } from '../testing/test-app';
import { kyselyStore } from '../store/kysely-store';

describe('the sign-in throttle', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  // A sign-in from a client address, as the Node server hands it to the app.
  const signInFrom = (address: string, body: { email: string; password: string }) =>
    Promise.resolve(
      t.app.request(
        `${testOrigin}/api/session`,
        { method: 'POST', headers: { host: new URL(testOrigin).host, origin: testOrigin, 'content-type': 'application/json' }, body: JSON.stringify(body) },
        { incoming: { socket: { remoteAddress: address } } },
      ),
    );

  it('a locked email answers 429 with Retry-After: the seconds left in the window', async () => {
    const { email } = accountOf('staff');
    for (let i = 0; i < 5; i += 1) expect((await signInFrom('10.0.0.1', { email, password: `wrong-${i}` })).status).toBe(401);
    const locked = await signInFrom('10.0.0.2', accountOf('staff'));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('900');
    expect((await errorOf(locked)).message).toBe('Too many failed sign-ins for this email. Wait 15 minutes, then try again.');
    t.clock.now = new Date(t.clock.now.getTime() + 14 * 60 * 1000 + 30 * 1000);
    const later = await signInFrom('10.0.0.2', accountOf('staff'));
    expect(later.headers.get('retry-after')).toBe('30');
  });

  it('one address trying many emails is locked out after twenty failures, other addresses are not', async () => {
    for (let i = 0; i < 20; i += 1) {
      expect((await signInFrom('203.0.113.9', { email: `guess-${i}@example.org`, password: 'wrong' })).status).toBe(401);
    }
    const locked = await signInFrom('203.0.113.9', accountOf('board'));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(locked)).message).toMatch(/from your network address/);
    expect((await signInFrom('198.51.100.4', accountOf('board'))).status).toBe(201);
  });

  it('sign-ins sent all at once from one address: twenty are told wrong, the rest locked out', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInFrom('203.0.113.10', { email: `spray-${i}@example.org`, password: 'wrong' })),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array<number>(20).fill(401), ...Array<number>(10).fill(429)]);
    for (const answer of answers.filter((r) => r.status === 429)) expect(answer.headers.get('retry-after')).not.toBeNull();
  });
});

describe('the client address behind a reverse proxy', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  const appWith = (trustProxy: boolean) => createApp(kyselyStore(t.handle.db), { mode: 'production', secureCookies: false, now: () => t.clock.now, trustProxy });
  const failFrom = (app: ReturnType<typeof appWith>, forwardedFor: string) =>
    Promise.resolve(
      app.request(
        `${testOrigin}/api/session`,
        {
          method: 'POST',
          headers: { host: new URL(testOrigin).host, origin: testOrigin, 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong' }),
        },
        { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
      ),
    );
  const addressKeys = async () => (await t.handle.db.selectFrom('sign_in_failures').select('key').execute()).map((row) => row.key).filter((key) => key !== 'nobody@example.org');

  it('with TRUST_PROXY, counts the address the proxy appended, not one the client claimed', async () => {
    await failFrom(appWith(true), '6.6.6.6, 198.51.100.7');
    expect(await addressKeys()).toEqual([addressKey('198.51.100.7')]);
  });

  it('without it, counts the socket peer and ignores X-Forwarded-For', async () => {
    await failFrom(appWith(false), '198.51.100.7');
    expect(await addressKeys()).toEqual([addressKey('127.0.0.1')]);
  });
});
