import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Role, SessionUser } from '../../src/contract/session';
import type { Database, UserTable } from '../db/schema';
import type { FailureWindow, StoredUser } from '../store/account-store';
import { absoluteLimitMs, idleLimitMs } from './session-limits';

const touchEveryMs = 60 * 1000;

// Only a hash of the session id is stored: a copy of the database opens no session.
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.insertInto('sessions').values({ id_hash: hashId(id), user_id: userId, created_at: at, last_seen_at: at }).execute();
  await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', userId).execute();
  return id;
}

export async function endSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashId(id)).execute();
}

export async function findSessionUser(db: Kysely<Database>, id: string, now: Date): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.created_at', 'sessions.last_seen_at', 'users.id', 'users.email', 'users.name', 'users.role', 'users.must_change_password'])
    .where('sessions.id_hash', '=', hashId(id))
    .where('users.active', '=', 1)
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
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, mustChangePassword: row.must_change_password === 1 };
}

export async function failuresInWindow(db: Kysely<Database>, key: string, now: Date, failureWindowMs: number): Promise<FailureWindow | null> {
  const row = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
  const firstFailureAt = row === undefined ? 0 : Date.parse(row.first_failure_at);
  return row !== undefined && now.getTime() - firstFailureAt < failureWindowMs ? { failures: row.failures, firstFailureAt } : null;
}

// One statement, so failures that arrive together are each counted; the count
// starts again once the window since the first failure has passed.
export async function recordFailure(db: Kysely<Database>, key: string, now: Date, failureWindowMs: number): Promise<FailureWindow> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - failureWindowMs).toISOString();
  const row = await db
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
  return { failures: row.failures, firstFailureAt: Date.parse(row.first_failure_at) };
}

export function storedUserOf(row: Selectable<UserTable>): StoredUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    mustChangePassword: row.must_change_password === 1,
    passwordHash: row.password_hash,
    active: row.active === 1,
    version: row.version,
  };
}

export async function userByEmail(db: Kysely<Database>, email: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row === undefined ? undefined : storedUserOf(row);
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

export async function createUser(
  db: Kysely<Database>,
  user: { email: string; name: string; role: Role; passwordHash: string; mustChangePassword?: boolean },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword === true ? 1 : 0,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}
