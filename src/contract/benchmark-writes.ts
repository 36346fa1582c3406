import * as z from 'zod/mini';
import { Version } from './action-writes';

// A figure of a benchmark: any finite number within reason; the unit's own
// range (a percent from 0 to 100, no negative counts) is checked by the domain.
export const measureLimit = 1e12;
const Measure = z.nullable(
  z.number({ error: 'must be a number or null' }).check(
    z.gte(-measureLimit, { error: `must be at least ${-measureLimit}` }),
    z.lte(measureLimit, { error: `must be at most ${measureLimit}` }),
  ),
);

// PUT /api/benchmarks/:id/values/:schoolYear. A field left out keeps its
// value; null clears it. `version` is the benchmark's, as read.
export const BenchmarkValueInput = z
  .strictObject({
    target: z.optional(Measure),
    actual: z.optional(Measure),
    version: Version,
  })
  .check(
    z.refine((v) => v.target !== undefined || v.actual !== undefined, {
      error: 'must set target, actual or both (null clears a value)',
    }),
  );
export type BenchmarkValueInput = z.infer<typeof BenchmarkValueInput>;
