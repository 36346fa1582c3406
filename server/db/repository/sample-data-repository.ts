import type { Kysely } from 'kysely';
import type { SampleData } from '../../../src/contract/sample-data';
import { recountStatuses } from '../read-model/status-count-deltas';
import type { Database } from '../schema';

const count = (n: unknown) => Number(n ?? 0);

export async function countSampleData(db: Kysely<Database>): Promise<SampleData> {
  const [actions, updates, benchmarks] = await Promise.all([
    db.selectFrom('actions').select((eb) => eb.fn.countAll().as('n')).where('sample', '=', 1).executeTakeFirst(),
    db
      .selectFrom('updates')
      .innerJoin('actions', 'actions.id', 'updates.action_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('actions.sample', '=', 1)
      .executeTakeFirst(),
    db.selectFrom('benchmarks').select((eb) => eb.fn.countAll().as('n')).where('sample', '=', 1).executeTakeFirst(),
  ]);
  return { actions: count(actions?.n), updates: count(updates?.n), benchmarks: count(benchmarks?.n) };
}

// A quarter's publication and summary reported on the sample data alone when
// none of the actions that stay has an update for that quarter.
async function unreportedQuarters(db: Kysely<Database>): Promise<string[]> {
  const reported = db.selectFrom('updates').select('quarter').distinct();
  const [published, summarised] = await Promise.all([
    db.selectFrom('publications').select('quarter').where('quarter', 'not in', reported).execute(),
    db.selectFrom('quarter_summaries').select('quarter').where('quarter', 'not in', reported).execute(),
  ]);
  return [...new Set([...published, ...summarised].map((row) => row.quarter))];
}

export async function deleteSampleData(db: Kysely<Database>): Promise<SampleData> {
  const removed = await countSampleData(db);
  const sampleActions = db.selectFrom('actions').select('id').where('sample', '=', 1);
  const sampleBenchmarks = db.selectFrom('benchmarks').select('id').where('sample', '=', 1);
  await db.deleteFrom('update_revisions').where('action_id', 'in', sampleActions).execute();
  await db.deleteFrom('updates').where('action_id', 'in', sampleActions).execute();
  await db.deleteFrom('action_status').where('action_id', 'in', sampleActions).execute();
  await db.deleteFrom('action_student_groups').where('action_id', 'in', sampleActions).execute();
  await db.deleteFrom('actions').where('sample', '=', 1).execute();
  await db.deleteFrom('benchmark_years').where('benchmark_id', 'in', sampleBenchmarks).execute();
  await db.deleteFrom('benchmark_group_values').where('benchmark_id', 'in', sampleBenchmarks).execute();
  await db.deleteFrom('benchmarks').where('sample', '=', 1).execute();
  const quarters = await unreportedQuarters(db);
  if (quarters.length > 0) {
    await db.deleteFrom('publications').where('quarter', 'in', quarters).execute();
    await db.deleteFrom('quarter_summaries').where('quarter', 'in', quarters).execute();
  }
  await recountStatuses(db);
  return removed;
}
