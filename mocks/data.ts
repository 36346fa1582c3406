import type { Benchmark } from '../src/contract/benchmarks';
import type { Plan } from '../src/contract/plan';
import type { Role, SessionUser } from '../src/contract/session';
import type { ActionRecord } from '../src/domain/action-record';
import { pefPlan } from '../src/domain/pef-plan';
import { demoAccounts } from '../src/domain/sample/demo-accounts';
import { generateSampleData } from '../src/domain/sample/generate-sample-data';
import { latestReportedQuarter } from '../src/domain/status-as-of';

// The mock API's in-memory data: the plan and the deterministic sample data.
export interface MockData {
  plan: Plan;
  actions: ActionRecord[];
  benchmarks: Benchmark[];
  // The mock API's today: its current quarter and the time of its writes.
  today: Date;
  // Who is signed in to the mock API; null until someone signs in.
  user: SessionUser | null;
}

export function mockUserOf(role: Role): SessionUser {
  const account = demoAccounts.find((a) => a.role === role);
  if (account === undefined) throw new Error(`No demo account has the role ${role}`);
  return { id: `mock-${role}`, email: account.email, name: account.name, role };
}

function createMockData(today: Date, signedInAs: Role | null): MockData {
  const { actions, benchmarks } = generateSampleData(pefPlan, today);
  return { plan: pefPlan, actions, benchmarks, today, user: signedInAs === null ? null : mockUserOf(signedInAs) };
}

let data = createMockData(new Date(), null);

export function mockData(): MockData {
  return data;
}

// Tests pin the date so their expectations do not move with the calendar,
// and start signed in (as staff unless they say otherwise).
export function resetMockData(today: Date = new Date(), signedInAs: Role | null = null): MockData {
  data = createMockData(today, signedInAs);
  return data;
}

export function latestReported(current: MockData = data): string | null {
  return latestReportedQuarter(current.actions.flatMap((a) => a.updates.map((u) => u.quarter)));
}

// "As of" defaults to the newest quarter anyone reported in.
export function defaultQuarter(current: MockData = data): string {
  return latestReported(current) ?? current.plan.period.startQuarter;
}
