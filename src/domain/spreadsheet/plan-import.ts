import { actionFieldNames } from '../../contract/action-writes';
import type { Benchmark } from '../../contract/benchmarks';
import { studentGroupIds } from '../../contract/ids';
import type { ImportOutcome } from '../../contract/spreadsheet-import';
import type { ActionRecord } from '../action-record';
import type { ActionImport } from './action-sheet';
import type { BenchmarkImport } from './benchmark-sheet';
import { updateImportKey, type UpdateImport } from './update-sheet';

// Equal values, whatever the order of their objects' keys (a store may build them in another order).
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return keys.length === Object.keys(b).length && keys.every((key) => key in other && sameValue((a as Record<string, unknown>)[key], other[key]));
}

// What an import would do: each record of the file is new, changes the
// stored one with the same key (naming the fields that differ), or leaves it
// as it is. Importing a file twice, the second time changes nothing.
export function planImport<T, F extends string>(
  incoming: readonly T[],
  current: ReadonlyMap<string, T>,
  keyOf: (record: T) => string,
  fields: readonly F[],
  valueOf: (record: T, field: F) => unknown,
): ImportOutcome {
  const outcome: ImportOutcome = { created: [], changed: [], unchanged: [] };
  for (const record of incoming) {
    const key = keyOf(record);
    const stored = current.get(key);
    if (stored === undefined) {
      outcome.created.push(key);
      continue;
    }
    const changed = fields.filter((field) => !sameValue(valueOf(record, field), valueOf(stored, field)));
    if (changed.length === 0) outcome.unchanged.push(key);
    else outcome.changed.push({ id: key, fields: changed });
  }
  return outcome;
}

const byKey = <T>(records: readonly T[], keyOf: (record: T) => string) => new Map(records.map((record) => [keyOf(record), record]));

// `current`: the stored actions with the file's ids (others are not looked at).
export function planActionImport(incoming: readonly ActionImport[], current: readonly ActionRecord[]): ImportOutcome {
  const keyOf = (r: ActionImport) => r.id;
  return planImport<ActionImport, (typeof actionFieldNames)[number]>(incoming, byKey(current, keyOf), keyOf, actionFieldNames, (r, field) => r[field]);
}

export type StoredUpdate = Pick<UpdateImport, 'actionId' | 'quarter' | 'status' | 'percentComplete' | 'note'>;

// Who reported and when is kept as the file says, not compared: an update is
// the same when it reports the same.
export function planUpdateImport(incoming: readonly UpdateImport[], current: readonly StoredUpdate[]): ImportOutcome {
  const fields = ['status', 'percentComplete', 'note'] as const;
  return planImport<StoredUpdate, (typeof fields)[number]>(incoming, byKey(current, updateImportKey), updateImportKey, fields, (r, field) => r[field]);
}

const benchmarkFields = ['priorityId', 'name', 'description', 'unit', 'direction', 'baseline', 'years', 'groups'] as const;
type BenchmarkField = (typeof benchmarkFields)[number];

const bySchoolYear = <T extends { schoolYear: string }>(values: readonly T[]) => [...values].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));

// Figures compare whatever order a file or a store lists them in.
function comparable(benchmark: BenchmarkImport, field: BenchmarkField): unknown {
  if (field === 'years') return bySchoolYear(benchmark.years);
  if (field === 'groups') {
    return [...benchmark.groups]
      .sort((a, b) => studentGroupIds.indexOf(a.studentGroupId) - studentGroupIds.indexOf(b.studentGroupId))
      .map((g) => ({ studentGroupId: g.studentGroupId, values: bySchoolYear(g.values) }));
  }
  return benchmark[field];
}

// A benchmark as both stores keep it: figures in school-year order, groups
// in the contract's order. A student group's figures are stored one per
// school year: a group without one has nothing to keep, and would read as a
// change on every import of the same file.
export function storedBenchmarkForm(benchmark: BenchmarkImport): BenchmarkImport {
  const groups = benchmark.groups
    .filter((g) => g.values.length > 0)
    .map((g) => ({ ...g, values: bySchoolYear(g.values) }))
    .sort((a, b) => studentGroupIds.indexOf(a.studentGroupId) - studentGroupIds.indexOf(b.studentGroupId));
  return { ...benchmark, years: bySchoolYear(benchmark.years), groups };
}

export function planBenchmarkImport(incoming: readonly BenchmarkImport[], current: readonly (Benchmark | BenchmarkImport)[]): ImportOutcome {
  const keyOf = (r: BenchmarkImport) => r.id;
  return planImport<BenchmarkImport, BenchmarkField>(incoming, byKey(current, keyOf), keyOf, benchmarkFields, comparable);
}
