import type { Kysely } from 'kysely';
import { ApiErrorBody } from '../../src/contract/errors';
import type { Database } from '../db/schema';

// Every row of the tables the writes touch, in a stable order: equal
// snapshots before and after a refused request prove it changed nothing.
export async function snapshotTables(db: Kysely<Database>) {
  const [actions, updates, benchmarks, benchmarkYears, audit] = await Promise.all([
    db.selectFrom('actions').selectAll().orderBy('id').execute(),
    db.selectFrom('updates').selectAll().orderBy('action_id').orderBy('quarter').execute(),
    db.selectFrom('benchmarks').selectAll().orderBy('id').execute(),
    db.selectFrom('benchmark_years').selectAll().orderBy('benchmark_id').orderBy('school_year').execute(),
    db.selectFrom('audit').selectAll().orderBy('seq').execute(),
  ]);
  return { actions, updates, benchmarks, benchmarkYears, audit };
}

export async function auditRows(db: Kysely<Database>) {
  return db.selectFrom('audit').selectAll().orderBy('seq').execute();
}

// The contract's error body of a response, checked for shape.
export async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ApiErrorBody.parse(await response.json()).error;
}
