import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

// What a load balancer's readiness check asks: can the database be read and
// written right now? One transaction reads an account and writes (then
// deletes) a row of its own, so a read-only, full, locked or unreachable
// database fails here as it would fail a user's request.
export async function probeDatabase(db: Kysely<Database>, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.selectFrom('users').select('id').limit(1).execute();
    const key = `readiness-probe:${randomUUID()}`;
    await trx.insertInto('sign_in_failures').values({ key, failures: 0, first_failure_at: now.toISOString() }).execute();
    await trx.deleteFrom('sign_in_failures').where('key', '=', key).execute();
  });
}
