import type { Benchmark } from '../src/contract/benchmarks';
import type { Plan } from '../src/contract/plan';
import type { ActionRecord } from '../src/domain/action-record';
import { pefPlan } from '../src/domain/pef-plan';
import { generateSampleData } from '../src/domain/sample/generate-sample-data';
import { latestReportedQuarter } from '../src/domain/status-as-of';

// The mock API's in-memory data: the plan and the deterministic sample data.
export interface MockData {
  plan: Plan;
  actions: ActionRecord[];
  benchmarks: Benchmark[];
}

function createMockData(today: Date): MockData {
  const { actions, benchmarks } = generateSampleData(pefPlan, today);
  return { plan: pefPlan, actions, benchmarks };
}

let data = createMockData(new Date());

export function mockData(): MockData {
  return data;
}

// Tests pin the date so their expectations do not move with the calendar.
export function resetMockData(today: Date = new Date()): MockData {
  data = createMockData(today);
  return data;
}

export function latestReported(current: MockData = data): string | null {
  return latestReportedQuarter(current.actions.flatMap((a) => a.updates.map((u) => u.quarter)));
}

// "As of" defaults to the newest quarter anyone reported in.
export function defaultQuarter(current: MockData = data): string {
  return latestReported(current) ?? current.plan.period.startQuarter;
}
