import type { AuditEntry } from '../../src/contract/audit';
import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import type { SessionUser } from '../../src/contract/session';
import type { ActionRecord } from '../../src/domain/action-record';
import { emptyMemoryReporting, type MemoryReporting } from './memory-reporting';

export interface MemoryAccount extends SessionUser {
  readonly password: string;
  readonly active: boolean;
  readonly version: number;
  readonly lastSignInAt: string | null;
}

// A new, active account that may keep its password.
export function memoryAccountOf(account: Omit<SessionUser, 'mustChangePassword'> & { password: string }): MemoryAccount {
  return { ...account, mustChangePassword: false, active: true, version: 1, lastSignInAt: null };
}

// What an in-memory store keeps. Its arrays are changed in place, so whoever
// holds the data sees every write.
export interface MemoryData {
  plan: Plan;
  actions: ActionRecord[];
  benchmarks: Benchmark[];
  audit: AuditEntry[];
  accounts: MemoryAccount[];
  // The one person signed in: a page running the mock API has one session.
  user: SessionUser | null;
  signInFailures: Map<string, { failures: number; firstFailureAt: number }>;
  reporting: MemoryReporting;
}

// New data for an in-memory store: nothing audited, nobody signed in, the
// quarterly cycle not started, unless the parts say otherwise.
export function memoryDataOf(parts: Pick<MemoryData, 'plan' | 'actions' | 'benchmarks'> & Partial<MemoryData>): MemoryData {
  return { audit: [], accounts: [], user: null, signInFailures: new Map(), reporting: emptyMemoryReporting(), ...parts };
}
