import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function readDataRevision(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('data_revision').select('revision').where('id', '=', 1).executeTakeFirst();
  return row?.revision ?? 0;
}

// Called inside the transaction of every write, so the new number is seen
// exactly when the data it stands for is.
export async function bumpDataRevision(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('data_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
