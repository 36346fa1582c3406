import type { Kysely } from 'kysely';
import type { BenchmarkValueInput } from '../../src/contract/benchmark-writes';
import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import { setBenchmarkValue } from '../../src/domain/benchmark-writes';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { bumpBenchmarkVersion, upsertBenchmarkYear } from '../db/repository/benchmark-write-repository';
import type { Database } from '../db/schema';
import { HttpError } from '../http/http-error';
import { conflict, recordAudit, unwrap, type WriteContext } from './audit';

export async function putBenchmarkValue(
  db: Kysely<Database>,
  plan: Plan,
  context: WriteContext,
  id: string,
  schoolYear: string,
  input: BenchmarkValueInput,
): Promise<Benchmark> {
  return db.transaction().execute(async (trx) => {
    const current = (await loadBenchmarks(trx)).find((b) => b.id === id);
    if (current === undefined) throw new HttpError('not_found', `No benchmark has the id "${id}".`);
    const { benchmark, before, after, changed } = unwrap(setBenchmarkValue(plan.period, current, schoolYear, input));
    if (!changed) return benchmark;
    if (!(await bumpBenchmarkVersion(trx, id, current.version))) throw conflict('benchmark');
    await upsertBenchmarkYear(trx, id, after);
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
