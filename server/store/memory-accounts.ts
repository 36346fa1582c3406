import type { SessionUser } from '../../src/contract/session';
import type { AccountStore } from './account-store';
import type { MemoryAccount, MemoryData } from './memory-data';

const sessionOf = ({ id, email, name, role }: MemoryAccount): SessionUser => ({ id, email, name, role });

// The mock API's accounts: the demo accounts with their public password,
// compared as typed, and one session, whatever the cookie says (a browser
// does not let the page hand a cookie to a mocked request).
export function memoryAccounts(data: () => MemoryData): AccountStore {
  return {
    userByEmail: async (email) => {
      const account = data().accounts.find((a) => a.email === email.toLowerCase());
      return account === undefined ? undefined : { ...sessionOf(account), passwordHash: account.password };
    },
    verifyPassword: async (password, user) => user !== undefined && user.passwordHash === password,
    sessionUser: async () => data().user,
    createSession: async (userId) => {
      const account = data().accounts.find((a) => a.id === userId);
      data().user = account === undefined ? null : sessionOf(account);
      return `mock-session-${userId}`;
    },
    endSession: async () => {
      data().user = null;
    },
    failuresInWindow: async (key, now, windowMs) => {
      const entry = data().signInFailures.get(key);
      return entry !== undefined && now.getTime() - entry.firstFailureAt < windowMs ? entry : null;
    },
    recordFailure: async (key, now, windowMs) => {
      const entry = data().signInFailures.get(key);
      const next = entry === undefined || now.getTime() - entry.firstFailureAt >= windowMs ? { failures: 1, firstFailureAt: now.getTime() } : { ...entry, failures: entry.failures + 1 };
      data().signInFailures.set(key, next);
      return next;
    },
    clearFailures: async (key) => {
      data().signInFailures.delete(key);
    },
  };
}
