import type { Role, SessionUser } from '../src/contract/session';
import { pefPlan } from '../src/domain/pef-plan';
import { demoAccounts, demoPassword } from '../src/domain/sample/demo-accounts';
import { generateSampleData } from '../src/domain/sample/generate-sample-data';
import { memoryAccountOf, memoryDataOf, type MemoryData } from '../server/store/memory-data';

// The mock API's in-memory data: the plan, the deterministic sample data and
// the demo accounts, kept by the server's own in-memory store.
export interface MockData extends MemoryData {
  // The mock API's today: its current quarter and the time of its writes.
  today: Date;
}

export function mockUserOf(role: Role): SessionUser {
  const account = demoAccounts.find((a) => a.role === role);
  if (account === undefined) throw new Error(`No demo account has the role ${role}`);
  return { id: `mock-${role}`, email: account.email, name: account.name, role, mustChangePassword: false };
}

function createMockData(today: Date, signedInAs: Role | null): MockData {
  const { actions, benchmarks } = generateSampleData(pefPlan, today);
  return {
    ...memoryDataOf({
      plan: pefPlan,
      actions,
      benchmarks,
      accounts: demoAccounts.map((a) => memoryAccountOf({ ...mockUserOf(a.role), password: demoPassword })),
      user: signedInAs === null ? null : mockUserOf(signedInAs),
    }),
    today,
  };
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
