import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBody } from '../../src/contract/errors';
import { logger } from '../log';
import { accountOf, createTestApp, send, type TestApp } from '../testing/test-app';

const fifteenMinutes = 15 * 60 * 1000;

describe('signing in', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  const { email, password } = accountOf('staff');
  const attempt = (body: unknown) => send(t.app, 'POST', '/api/session', { body });
  const answer = async (response: Response) => ({ status: response.status, body: await response.text(), cookie: response.headers.get('set-cookie') });

  it('answers an unknown email and a wrong password byte for byte the same', async () => {
    const unknown = await answer(await attempt({ email: 'nobody@example.org', password }));
    const wrong = await answer(await attempt({ email, password: 'not-the-password' }));
    expect(unknown).toEqual(wrong);
    expect(unknown.status).toBe(401);
    expect(unknown.cookie).toBeNull();
    expect(ApiErrorBody.parse(JSON.parse(unknown.body)).error.code).toBe('unauthorized');
  });

  it('locks an email after five failures, even for the right password, and opens it again after 15 minutes', async () => {
    for (let i = 0; i < 5; i += 1) expect((await attempt({ email, password: `wrong-${i}` })).status).toBe(401);
    const locked = await attempt({ email, password });
    expect(locked.status).toBe(429);
    expect(ApiErrorBody.parse(await locked.json()).error.code).toBe('too_many_requests');
    expect(locked.headers.get('set-cookie')).toBeNull();
    // Another account is not locked by it.
    expect((await attempt(accountOf('board'))).status).toBe(201);
    t.clock.now = new Date(t.clock.now.getTime() + fifteenMinutes - 1000);
    expect((await attempt({ email, password })).status).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 2000);
    expect((await attempt({ email, password })).status).toBe(201);
  });

  it('counts wrong guesses sent all at once: five are told wrong, the rest locked out', async () => {
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt({ email, password: `guess-${i}` })));
    const statuses = guesses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(15).fill(429)]);
    expect((await attempt({ email, password })).status).toBe(429);
  });

  it('lets the right password in many times at once', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => attempt({ email, password })));
    expect(answers.map((r) => r.status)).toEqual(Array<number>(10).fill(201));
  });

  it('locks an unknown email the same way, so the lock tells nothing about who has an account', async () => {
    const unknown = 'nobody@example.org';
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt({ email: unknown, password: 'x' })).status).toBe(401);
      expect((await attempt({ email, password: 'x' })).status).toBe(401);
    }
    expect(await answer(await attempt({ email: unknown, password: 'x' }))).toEqual(await answer(await attempt({ email, password: 'x' })));
  });

  it('stores scrypt hashes with a salt of their own, never the password', async () => {
    const users = await t.handle.db.selectFrom('users').selectAll().execute();
    expect(users.length).toBeGreaterThanOrEqual(3);
    for (const user of users) expect(user.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    // Every demo account has the same password: equal hashes would mean no salt.
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(users.length);
    expect(JSON.stringify(users)).not.toContain(password);
  });

  it('never logs a password, whether the sign-in succeeds, fails, is refused or breaks', async () => {
    const logged: unknown[][] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    for (const method of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const) {
      vi.spyOn(logger, method).mockImplementation(((...args: unknown[]) => void logged.push(args)) as never);
    }
    const secret = 'Secret-Pa55word-never-logged';
    const responses = [
      await attempt({ email, password }),
      await attempt({ email, password: secret }),
      await attempt({ email: 'nobody@example.org', password: secret }),
      await attempt({ email, password: secret, extra: true }),
      await attempt({ email, password: secret.repeat(100) }),
    ];
    for (let i = 0; i < 5; i += 1) responses.push(await attempt({ email, password: secret }));
    await t.close();
    responses.push(await attempt({ email, password: secret }));
    expect(responses.map((r) => r.status)).toEqual([201, 401, 401, 400, 400, 401, 401, 401, 401, 429, 500]);
    const flatten = (a: unknown): string => {
      if (a instanceof Error) return `${a.message} ${a.stack}`;
      if (typeof a === 'object' && a !== null) return Object.values(a).map(flatten).join(' ') + JSON.stringify(a);
      return String(a);
    };
    const text = logged.map((args) => args.map(flatten).join(' ')).join('\n');
    expect(logged.length).toBeGreaterThan(0);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(password);
    for (const response of responses) expect(await response.text()).not.toContain(secret);
  });
});
