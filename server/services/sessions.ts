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
const failureWindowMs = 15 * 60 * 1000;

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

// One answer for an unknown email and a wrong password, in the same time;
// five failures for an email lock it for fifteen minutes.
export async function checkCredentials(db: Kysely<Database>, email: string, password: string, now: Date): Promise<SessionUser> {
  const key = email.toLowerCase();
  const failure = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
  const windowOpen = failure !== undefined && now.getTime() - Date.parse(failure.first_failure_at) < failureWindowMs;
  if (windowOpen && failure.failures >= maxFailures) {
    throw new HttpError('too_many_requests', 'Too many failed sign-ins for this email. Wait 15 minutes, then try again.');
  }
  const user = await db.selectFrom('users').selectAll().where('email', '=', key).executeTakeFirst();
  const valid = await verifyPassword(password, user?.password_hash ?? decoyHash);
  if (user === undefined || !valid) {
    if (windowOpen) {
      await db.updateTable('sign_in_failures').set({ failures: failure.failures + 1 }).where('key', '=', key).execute();
    } else {
      await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
      await db.insertInto('sign_in_failures').values({ key, failures: 1, first_failure_at: now.toISOString() }).execute();
    }
    throw new HttpError('unauthorized', 'The email or password is not correct.');
  }
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
