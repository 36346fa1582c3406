import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role, SessionUser } from '../../src/contract/session';
import type { Database } from '../db/schema';
import { HttpError } from '../http/http-error';
import { decoyHash, verifyPassword } from './passwords';

export const sessionCookie = 'plan_tracker_session';
export const idleLimitMs = 2 * 60 * 60 * 1000;
export const absoluteLimitMs = 12 * 60 * 60 * 1000;
const touchEveryMs = 60 * 1000;
const maxFailures = 5;
const maxFailuresPerAddress = 20;
export const failureWindowMs = 15 * 60 * 1000;

// Only a hash of the session id is stored: a copy of the database opens no session.
function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.insertInto('sessions').values({ id_hash: hashId(id), user_id: userId, created_at: at, last_seen_at: at }).execute();
  return id;
}

export async function endSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashId(id)).execute();
}

export async function findSessionUser(db: Kysely<Database>, id: string, now: Date): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.created_at', 'sessions.last_seen_at', 'users.id', 'users.email', 'users.name', 'users.role'])
    .where('sessions.id_hash', '=', hashId(id))
    .executeTakeFirst();
  if (row === undefined) return null;
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  const age = now.getTime() - Date.parse(row.created_at);
  if (idle > idleLimitMs || age > absoluteLimitMs) {
    await db.deleteFrom('sessions').where('id_hash', '=', row.id_hash).execute();
    return null;
  }
  if (idle > touchEveryMs) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', row.id_hash).execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
}

interface FailureWindow {
  failures: number;
  first_failure_at: string;
}

async function failuresInWindow(db: Kysely<Database>, key: string, now: Date): Promise<FailureWindow | null> {
  const row = await db.selectFrom('sign_in_failures').select(['failures', 'first_failure_at']).where('key', '=', key).executeTakeFirst();
  return row !== undefined && now.getTime() - Date.parse(row.first_failure_at) < failureWindowMs ? row : null;
}

// One statement, so failures that arrive together are each counted; the count
// starts again once the window since the first failure has passed.
async function recordFailure(db: Kysely<Database>, key: string, now: Date): Promise<FailureWindow> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - failureWindowMs).toISOString();
  return db
    .insertInto('sign_in_failures')
    .values({ key, failures: 1, first_failure_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb('sign_in_failures.first_failure_at', '<=', windowStart);
        return {
          failures: eb.case().when(expired).then(1).else(eb('sign_in_failures.failures', '+', 1)).end(),
          first_failure_at: eb.case().when(expired).then(at).else(eb.ref('sign_in_failures.first_failure_at')).end(),
        };
      }),
    )
    .returning(['failures', 'first_failure_at'])
    .executeTakeFirstOrThrow();
}

// Failures are counted per email and per client address: one client trying
// many emails is stopped too, before it costs a password hash per attempt.
interface Throttle {
  key: string;
  limit: number;
  who: string;
}

// Email keys are trimmed, so a key that starts with a space is never one.
export const addressKey = (address: string) => ` address ${address}`;

function throttlesOf(email: string, address: string | null): Throttle[] {
  const byEmail = { key: email.toLowerCase(), limit: maxFailures, who: 'for this email' };
  return address === null ? [byEmail] : [byEmail, { key: addressKey(address), limit: maxFailuresPerAddress, who: 'from your network address' }];
}

function locked(throttle: Throttle, window: FailureWindow, now: Date): HttpError {
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(window.first_failure_at) + failureWindowMs - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new HttpError(
    'too_many_requests',
    `Too many failed sign-ins ${throttle.who}. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`,
    undefined,
    retryAfterSeconds,
  );
}

async function lockOf(db: Kysely<Database>, throttles: readonly Throttle[], now: Date): Promise<HttpError | null> {
  for (const throttle of throttles) {
    const window = await failuresInWindow(db, throttle.key, now);
    if (window !== null && window.failures >= throttle.limit) return locked(throttle, window, now);
  }
  return null;
}

// One answer for an unknown email and a wrong password, in the same time;
// five failures for an email (or twenty from one address) lock it for
// fifteen minutes. Sign-ins sent all at once all pass the first look at the
// lock, so each failure is counted in one statement and the lock is looked at
// again after the password check: once the limit has failed, every answer is
// 429, the password right or wrong.
export async function checkCredentials(db: Kysely<Database>, email: string, password: string, now: Date, address: string | null = null): Promise<SessionUser> {
  const key = email.toLowerCase();
  const throttles = throttlesOf(email, address);
  const before = await lockOf(db, throttles, now);
  if (before !== null) throw before;
  const user = await db.selectFrom('users').selectAll().where('email', '=', key).executeTakeFirst();
  const valid = await verifyPassword(password, user?.password_hash ?? decoyHash);
  if (user === undefined || !valid) {
    for (const throttle of throttles) {
      const window = await recordFailure(db, throttle.key, now);
      if (window.failures > throttle.limit) throw locked(throttle, window, now);
    }
    throw new HttpError('unauthorized', 'The email or password is not correct.');
  }
  const after = await lockOf(db, throttles, now);
  if (after !== null) throw after;
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}

export async function createUser(
  db: Kysely<Database>,
  user: { email: string; name: string; role: Role; passwordHash: string },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({ id, email: user.email.toLowerCase(), name: user.name, role: user.role, password_hash: user.passwordHash, created_at: now.toISOString() })
    .execute();
  return id;
}
