import * as z from 'zod/mini';
import { PriorityId, StudentGroupId } from './ids';
import { SchoolYear } from './quarter-key';

export const benchmarkUnits = ['percent', 'count', 'dollars', 'days', 'ratio'] as const;
export const BenchmarkUnit = z.enum(benchmarkUnits);
export type BenchmarkUnit = z.infer<typeof BenchmarkUnit>;

export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

export const BenchmarkYear = z.object({
  schoolYear: SchoolYear,
  target: z.nullable(z.number()),
  actual: z.nullable(z.number()),
});
export type BenchmarkYear = z.infer<typeof BenchmarkYear>;

export const BenchmarkGroupValues = z.object({
  studentGroupId: StudentGroupId,
  values: z.array(z.object({ schoolYear: SchoolYear, actual: z.nullable(z.number()) })),
});
export type BenchmarkGroupValues = z.infer<typeof BenchmarkGroupValues>;

export const Benchmark = z.object({
  id: z.string(),
  priorityId: PriorityId,
  name: z.string(),
  description: z.string(),
  unit: BenchmarkUnit,
  direction: Direction,
  baseline: z.object({ schoolYear: SchoolYear, value: z.number() }),
  years: z.array(BenchmarkYear),
  groups: z.array(BenchmarkGroupValues),
  version: z.int().check(z.gte(1)),
  sample: z.boolean(),
});
export type Benchmark = z.infer<typeof Benchmark>;

export const BenchmarkList = z.object({
  items: z.array(Benchmark),
  total: z.int().check(z.gte(0)),
});
export type BenchmarkList = z.infer<typeof BenchmarkList>;

export const BenchmarkFilters = z.object({
  priority: z.optional(PriorityId),
});
export type BenchmarkFilters = z.infer<typeof BenchmarkFilters>;
