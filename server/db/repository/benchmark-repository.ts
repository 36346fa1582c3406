import type { Kysely } from 'kysely';
import type { Benchmark, BenchmarkUnit, Direction } from '../../../src/contract/benchmarks';
import { studentGroupIds, type PriorityId, type StudentGroupId } from '../../../src/contract/ids';
import type { Database } from '../schema';

// The rows come back in no defined order (SQLite and PostgreSQL differ), so
// groups are put in the contract's order, as the sample data lists them.
function groupPosition(id: StudentGroupId): number {
  return studentGroupIds.indexOf(id);
}

export async function loadBenchmarks(db: Kysely<Database>, priority?: PriorityId): Promise<Benchmark[]> {
  let query = db.selectFrom('benchmarks').selectAll();
  if (priority) query = query.where('priority_id', '=', priority);
  const rows = await query.orderBy('position').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [years, groupValues] = await Promise.all([
    db.selectFrom('benchmark_years').selectAll().where('benchmark_id', 'in', ids).orderBy('school_year').execute(),
    db.selectFrom('benchmark_group_values').selectAll().where('benchmark_id', 'in', ids).orderBy('school_year').execute(),
  ]);
  return rows.map((row) => {
    const groups = new Map<string, { schoolYear: string; actual: number | null }[]>();
    for (const value of groupValues.filter((v) => v.benchmark_id === row.id)) {
      const list = groups.get(value.student_group_id) ?? [];
      list.push({ schoolYear: value.school_year, actual: value.actual });
      groups.set(value.student_group_id, list);
    }
    return {
      id: row.id,
      priorityId: row.priority_id as PriorityId,
      name: row.name,
      description: row.description,
      unit: row.unit as BenchmarkUnit,
      direction: row.direction as Direction,
      baseline: { schoolYear: row.baseline_year, value: row.baseline_value },
      years: years
        .filter((y) => y.benchmark_id === row.id)
        .map((y) => ({ schoolYear: y.school_year, target: y.target, actual: y.actual })),
      groups: [...groups]
        .map(([studentGroupId, values]) => ({ studentGroupId: studentGroupId as StudentGroupId, values }))
        .sort((a, b) => groupPosition(a.studentGroupId) - groupPosition(b.studentGroupId)),
      version: row.version,
      sample: row.sample === 1,
    };
  });
}

export async function insertBenchmarks(db: Kysely<Database>, benchmarks: readonly Benchmark[]): Promise<void> {
  for (const [position, b] of benchmarks.entries()) await insertBenchmarkRows(db, b, position);
}

// The benchmarks row of a measure, but for its place in the list.
export function benchmarkFields(b: Benchmark) {
  return {
    priority_id: b.priorityId,
    name: b.name,
    description: b.description,
    unit: b.unit,
    direction: b.direction,
    baseline_year: b.baseline.schoolYear,
    baseline_value: b.baseline.value,
    version: b.version,
  };
}

export async function insertBenchmarkRows(db: Kysely<Database>, b: Benchmark, position: number): Promise<void> {
  await db
    .insertInto('benchmarks')
    .values({ id: b.id, position, ...benchmarkFields(b), sample: b.sample ? 1 : 0 })
    .execute();
  await insertFigures(db, b);
}

// The figures of a measure: targets and actuals by school year, and each group's actuals.
export async function insertFigures(db: Kysely<Database>, b: Benchmark): Promise<void> {
  if (b.years.length > 0) {
    await db
      .insertInto('benchmark_years')
      .values(b.years.map((y) => ({ benchmark_id: b.id, school_year: y.schoolYear, target: y.target, actual: y.actual })))
      .execute();
  }
  const groupRows = b.groups.flatMap((g) => g.values.map((v) => ({ benchmark_id: b.id, student_group_id: g.studentGroupId, school_year: v.schoolYear, actual: v.actual })));
  if (groupRows.length > 0) await db.insertInto('benchmark_group_values').values(groupRows).execute();
}
