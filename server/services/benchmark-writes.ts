import type { BenchmarkValueInput } from '../../src/contract/benchmark-writes';
import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import { setBenchmarkValue } from '../../src/domain/benchmark-writes';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { conflict, recordAudit, unwrap, type WriteContext } from './audit';

export async function putBenchmarkValue(
  store: Store,
  plan: Plan,
  context: WriteContext,
  id: string,
  schoolYear: string,
  input: BenchmarkValueInput,
): Promise<Benchmark> {
  return store.transaction(async (trx) => {
    const current = await trx.benchmark(id);
    if (current === undefined) throw new HttpError('not_found', `No benchmark has the id "${id}".`);
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
