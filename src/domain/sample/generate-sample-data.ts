import type { Benchmark } from '../../contract/benchmarks';
import type { Plan } from '../../contract/plan';
import type { ActionRecord } from '../action-record';
import { clampQuarter, compareQuarters, lastCompleteQuarter } from '../quarters';
import { createRandom } from './random';
import { sampleActions } from './sample-actions';
import { sampleBenchmarks } from './sample-benchmarks';

export interface SampleData {
  readonly actions: ActionRecord[];
  readonly benchmarks: Benchmark[];
  // The last quarter the sample reports reach: the last complete quarter before
  // `today`, within the plan; null while the plan's first quarter is not over.
  readonly lastReported: string | null;
}

export const defaultSampleSeed = 20230701;

// Deterministic: the same plan, date and seed give the same data everywhere.
// Reports run from each action's start to the last complete quarter, so the
// demo always looks current.
export function generateSampleData(plan: Plan, today: Date, seed = defaultSampleSeed): SampleData {
  const lastComplete = lastCompleteQuarter(today);
  const lastReported =
    compareQuarters(lastComplete, plan.period.startQuarter) < 0 ? null : clampQuarter(lastComplete, plan.period);
  return {
    actions: sampleActions(plan, lastReported, createRandom(seed), today),
    benchmarks: sampleBenchmarks(plan, lastReported, createRandom(seed + 1)),
    lastReported,
  };
}
