import type { Kysely } from 'kysely';
import type { Benchmark } from '../../../src/contract/benchmarks';
import type { ActionRecord } from '../../../src/domain/action-record';
import { inChunks, replaceReadModelOf } from '../read-model/bulk-read-model';
import type { ActionTable, Database } from '../schema';
import { toActionRow, toRecord, toUpdate, toUpdateRow } from './action-repository';
import { benchmarkFields, insertFigures } from './benchmark-repository';

// An import's writes: whole records, a chunk of rows per statement, so a file
// of 50,000 rows is a few hundred statements, not a few hundred thousand.

export async function loadActionRecordsById(db: Kysely<Database>, ids: readonly string[]): Promise<ActionRecord[]> {
  const records: ActionRecord[] = [];
  await inChunks([...new Set(ids)], async (chunk) => {
    const [rows, updates] = await Promise.all([
      db.selectFrom('actions').selectAll().where('id', 'in', chunk).execute(),
      db.selectFrom('updates').selectAll().where('action_id', 'in', chunk).execute(),
    ]);
    for (const row of rows) records.push(toRecord(row, updates.filter((u) => u.action_id === row.id).map(toUpdate)));
  });
  return records;
}

export async function putActionRecords(db: Kysely<Database>, records: readonly ActionRecord[], now: string): Promise<void> {
  await inChunks(records, async (chunk) => {
    const rows = chunk.map((record) => toActionRow(record, now));
    // A stored action keeps the time it was created; every other column is the record's.
    const replaced = Object.keys(rows[0] ?? {}).filter((column) => column !== 'id' && column !== 'created_at') as (keyof ActionTable)[];
    await db
      .insertInto('actions')
      .values(rows)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(replaced.map((column) => [column, eb.ref(`excluded.${column}`)]))))
      .execute();
    await db.deleteFrom('updates').where('action_id', 'in', chunk.map((record) => record.id)).execute();
  });
  const updates = records.flatMap((record) => record.updates.map((u) => toUpdateRow(record.id, u)));
  await inChunks(updates, (chunk) => db.insertInto('updates').values(chunk).execute());
  await replaceReadModelOf(db, records);
}

export async function putBenchmarkRecords(db: Kysely<Database>, benchmarks: readonly Benchmark[]): Promise<void> {
  const positions = await db.selectFrom('benchmarks').select((eb) => eb.fn.max('position').as('last')).executeTakeFirst();
  let next = Number(positions?.last ?? -1) + 1;
  for (const b of benchmarks) {
    const fields = { ...benchmarkFields(b), sample: b.sample ? 1 : 0 };
    const stored = await db.updateTable('benchmarks').set(fields).where('id', '=', b.id).executeTakeFirst();
    if (Number(stored.numUpdatedRows) === 0) await db.insertInto('benchmarks').values({ id: b.id, position: next++, ...fields }).execute();
    await db.deleteFrom('benchmark_years').where('benchmark_id', '=', b.id).execute();
    await db.deleteFrom('benchmark_group_values').where('benchmark_id', '=', b.id).execute();
    await insertFigures(db, b);
  }
}
