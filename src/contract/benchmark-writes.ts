import * as z from 'zod/mini';
import { Version } from './action-writes';
import { BenchmarkUnit, Direction } from './benchmarks';
import { PriorityId, StudentGroupId, studentGroupIds } from './ids';
import { boundedText } from './plain-text';
import { SchoolYear } from './quarter-key';

export const benchmarkTextLimits = { name: 200, description: 4000 } as const;

// A figure of a benchmark: any finite number within reason; the unit's own
// range (a percent from 0 to 100, no negative counts) is checked by the domain.
export const measureLimit = 1e12;
const figure = (error: string) =>
  z.number({ error }).check(z.gte(-measureLimit, { error: `must be at least ${-measureLimit}` }), z.lte(measureLimit, { error: `must be at most ${measureLimit}` }));
const Figure = figure('must be a number');
export const Measure = z.nullable(figure('must be a number or null'));

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

// What a measure is, apart from its figures: the same rules for the form and
// for a row of an imported file. The baseline may lie before the plan.
const detailFields = {
  priorityId: PriorityId,
  name: boundedText(benchmarkTextLimits.name, true),
  description: boundedText(benchmarkTextLimits.description, false),
  unit: BenchmarkUnit,
  direction: Direction,
  baseline: z.strictObject({ schoolYear: SchoolYear, value: Figure }),
};
export const BenchmarkDetails = z.strictObject(detailFields);
export type BenchmarkDetails = z.infer<typeof BenchmarkDetails>;

const onceEach = <T>(what: string, keyOf: (item: T) => string) =>
  z.refine<T[]>((items) => new Set(items.map(keyOf)).size === items.length, { error: `must not name a ${what} twice` });

// The target of each school year given (null clears it); the school years
// must be the plan's, which the domain checks.
const targets = z.array(z.strictObject({ schoolYear: SchoolYear, target: Measure })).check(onceEach('school year', (t) => t.schoolYear));
// The student groups whose actuals are tracked beside all students'.
const studentGroups = z.array(StudentGroupId).check(z.maxLength(studentGroupIds.length), onceEach('student group', (id) => id));

// POST /api/benchmarks: a new measure of a priority.
export const NewBenchmark = z.strictObject({ ...detailFields, targets, studentGroups });
export type NewBenchmark = z.infer<typeof NewBenchmark>;

export const benchmarkFieldNames = Object.keys(NewBenchmark.shape) as (keyof NewBenchmark)[];

// PATCH /api/benchmarks/:id: the changed fields and the version read. Targets
// of school years left out keep their value; actuals are set apart (PUT …/values).
export const BenchmarkPatch = z
  .strictObject({
    priorityId: z.optional(detailFields.priorityId),
    name: z.optional(detailFields.name),
    description: z.optional(detailFields.description),
    unit: z.optional(detailFields.unit),
    direction: z.optional(detailFields.direction),
    baseline: z.optional(detailFields.baseline),
    targets: z.optional(targets),
    studentGroups: z.optional(studentGroups),
    version: Version,
  })
  .check(
    z.refine((patch) => benchmarkFieldNames.some((name) => patch[name] !== undefined), {
      error: `must change at least one of: ${benchmarkFieldNames.join(', ')}`,
    }),
  );
export type BenchmarkPatch = z.infer<typeof BenchmarkPatch>;
