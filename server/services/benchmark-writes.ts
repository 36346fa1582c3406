import { benchmarkFieldNames, type BenchmarkPatch, type BenchmarkValueInput, type NewBenchmark } from '../../src/contract/benchmark-writes';
import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import { benchmarkIdFor, createBenchmark, editBenchmark } from '../../src/domain/benchmark-edits';
import { setBenchmarkValue } from '../../src/domain/benchmark-writes';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import type { StoreWrites } from '../store/store-writes';
import { conflict, recordAudit, unwrap, type WriteContext } from './audit';

async function requireBenchmark(trx: StoreWrites, id: string): Promise<Benchmark> {
  const current = await trx.benchmark(id);
  if (current === undefined) throw new HttpError('not_found', `No benchmark has the id "${id}".`);
  return current;
}

// What the audit keeps of a measure: its fields, figures aside, and its version.
function auditSnapshot(b: Benchmark, fields: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = { ...b, targets: b.years.map((y) => ({ schoolYear: y.schoolYear, target: y.target })), studentGroups: b.groups.map((g) => g.studentGroupId) };
  return { ...Object.fromEntries(fields.map((name) => [name, all[name]])), version: b.version };
}

export async function addBenchmark(store: Store, plan: Plan, context: WriteContext, input: NewBenchmark): Promise<Benchmark> {
  return store.transaction(async (trx) => {
    // The name's id; if a concurrent write took it, the next free one.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const benchmark = unwrap(createBenchmark(plan.period, input, benchmarkIdFor(input.name, new Set(await trx.benchmarkIds()))));
      if (!(await trx.insertBenchmark(benchmark))) continue;
      await recordAudit(trx, context, { operation: 'create-benchmark', entityType: 'benchmark', entityId: benchmark.id, before: null, after: auditSnapshot(benchmark, benchmarkFieldNames) });
      return benchmark;
    }
    throw new HttpError('internal', 'Could not find a free id for the new measure. Try again.');
  });
}

export async function changeBenchmark(store: Store, plan: Plan, context: WriteContext, id: string, patch: BenchmarkPatch): Promise<Benchmark> {
  return store.transaction(async (trx) => {
    const current = await requireBenchmark(trx, id);
    const { benchmark, changed } = unwrap(editBenchmark(plan.period, current, patch));
    if (changed.length === 0) return benchmark;
    if (!(await trx.replaceBenchmark(current.version, benchmark))) throw conflict('benchmark');
    await recordAudit(trx, context, { operation: 'edit-benchmark', entityType: 'benchmark', entityId: id, before: auditSnapshot(current, changed), after: auditSnapshot(benchmark, changed) });
    return benchmark;
  });
}

export async function putBenchmarkValue(
  store: Store,
  plan: Plan,
  context: WriteContext,
  id: string,
  schoolYear: string,
  input: BenchmarkValueInput,
): Promise<Benchmark> {
  return store.transaction(async (trx) => {
    const current = await requireBenchmark(trx, id);
    const { benchmark, before, after, changed } = unwrap(setBenchmarkValue(plan.period, current, schoolYear, input));
    if (!changed) return benchmark;
    if (!(await trx.bumpBenchmarkVersion(id, current.version))) throw conflict('benchmark');
    await trx.upsertBenchmarkYear(id, after);
    await recordAudit(trx, context, {
      operation: 'set-benchmark-value',
      entityType: 'benchmark',
      entityId: id,
      before: { ...before, version: current.version },
      after: { ...after, version: benchmark.version },
    });
    return benchmark;
  });
}
