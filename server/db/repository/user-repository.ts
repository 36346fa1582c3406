import type { Kysely } from 'kysely';
import type { UserAccount } from '../../../src/contract/users';
import { ownerKey } from '../../../src/domain/owner-key';
import type { AccountChange, AccountWrites } from '../../store/account-store';
import { createUser, hashId, storedUserOf } from '../../services/sessions';
import type { Database } from '../schema';

// The accounts by name, each with the count of actions it owns, counted by
// the read model's owner key for just these names.
export async function loadUserAccounts(db: Kysely<Database>, id?: string): Promise<UserAccount[]> {
  let query = db.selectFrom('users').selectAll().orderBy('name').orderBy('email');
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const keys = [...new Set(rows.map((row) => ownerKey(row.name)))];
  const counts = await db
    .selectFrom('actions')
    .select((eb) => ['owner_search', eb.fn.countAll<number>().as('owned')])
    .where('owner_search', 'in', keys)
    .groupBy('owner_search')
    .execute();
  const owned = new Map(counts.map((c) => [c.owner_search, Number(c.owned)]));
  return rows.map((row) => {
    const { passwordHash: _hash, ...user } = storedUserOf(row);
    return { ...user, lastSignInAt: row.last_sign_in_at, actionsOwned: owned.get(ownerKey(row.name)) ?? 0 };
  });
}

export function kyselyAccountWrites(trx: Kysely<Database>): AccountWrites {
  const byColumn = async (column: 'id' | 'email', value: string) => {
    const row = await trx.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst();
    return row === undefined ? undefined : storedUserOf(row);
  };
  return {
    user: (id) => byColumn('id', id),
    userByEmail: (email) => byColumn('email', email.toLowerCase()),
    insertUser: (user, now) => createUser(trx, user, now),
    updateUser: async (id: string, readVersion: number, change: AccountChange) => {
      const result = await trx
        .updateTable('users')
        .set((eb) => ({
          version: eb('version', '+', 1),
          ...(change.role === undefined ? {} : { role: change.role }),
          ...(change.active === undefined ? {} : { active: change.active ? 1 : 0 }),
          ...(change.passwordHash === undefined ? {} : { password_hash: change.passwordHash }),
          ...(change.mustChangePassword === undefined ? {} : { must_change_password: change.mustChangePassword ? 1 : 0 }),
        }))
        .where('id', '=', id)
        .where('version', '=', readVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    // An update that changes nothing still takes PostgreSQL's row locks: a
    // second transaction waits here, then counts what the first committed.
    lockActiveAdmins: async () => {
      await trx.updateTable('users').set((eb) => ({ role: eb.ref('role') })).where('role', '=', 'admin').where('active', '=', 1).execute();
      const rows = await trx.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).execute();
      return rows.map((row) => row.id);
    },
    endSessionsOf: async (userId, keep) => {
      let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (keep !== undefined && keep !== null) query = query.where('id_hash', '<>', hashId(keep));
      await query.execute();
    },
  };
}
