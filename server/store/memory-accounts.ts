import type { SessionUser } from '../../src/contract/session';
import type { UserAccount } from '../../src/contract/users';
import { ownerKey } from '../../src/domain/owner-key';
import { compareCodePoints } from '../../src/domain/text-keys';
import type { AccountStore, AccountWrites, StoredUser } from './account-store';
import type { MemoryAccount, MemoryData } from './memory-data';

const sessionOf = ({ id, email, name, role, mustChangePassword }: MemoryAccount): SessionUser => ({ id, email, name, role, mustChangePassword });
const storedOf = (account: MemoryAccount): StoredUser => ({ ...sessionOf(account), passwordHash: account.password, active: account.active, version: account.version });

// The mock API's accounts: the demo accounts with their public password,
// compared as typed, and one session, whatever the cookie says (a browser
// does not let the page hand a cookie to a mocked request).
export function memoryAccounts(data: () => MemoryData): AccountStore {
  return {
    userByEmail: async (email) => {
      const account = data().accounts.find((a) => a.email === email.toLowerCase());
      return account === undefined ? undefined : storedOf(account);
    },
    verifyPassword: async (password, user) => user !== undefined && user.passwordHash === password,
    hashPassword: async (password) => password,
    sessionUser: async () => {
      const account = data().accounts.find((a) => a.id === data().user?.id);
      return account === undefined || !account.active ? null : sessionOf(account);
    },
    createSession: async (userId, now) => {
      const accounts = data().accounts;
      const index = accounts.findIndex((a) => a.id === userId);
      const account = accounts[index];
      if (account !== undefined) accounts[index] = { ...account, lastSignInAt: now.toISOString() };
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
    userAccounts: async (id) => {
      const { accounts, actions } = data();
      return accounts
        .filter((a) => id === undefined || a.id === id)
        .sort((a, b) => compareCodePoints(a.name, b.name) || compareCodePoints(a.email, b.email))
        .map((a): UserAccount => ({
          id: a.id,
          name: a.name,
          email: a.email,
          role: a.role,
          active: a.active,
          mustChangePassword: a.mustChangePassword,
          lastSignInAt: a.lastSignInAt,
          version: a.version,
          actionsOwned: actions.filter((action) => ownerKey(action.owner) === ownerKey(a.name)).length,
        }));
    },
  };
}

// The accounts' writes in memory; the one session ends with its account.
export function memoryAccountWrites(data: MemoryData): AccountWrites {
  const find = (test: (a: MemoryAccount) => boolean) => {
    const account = data.accounts.find(test);
    return account === undefined ? undefined : storedOf(account);
  };
  return {
    user: async (id) => find((a) => a.id === id),
    userByEmail: async (email) => find((a) => a.email === email.toLowerCase()),
    insertUser: async (user) => {
      const id = crypto.randomUUID();
      const { passwordHash, ...rest } = user;
      data.accounts.push({ ...rest, id, email: user.email.toLowerCase(), password: passwordHash, active: true, version: 1, lastSignInAt: null });
      return id;
    },
    updateUser: async (id, readVersion, change) => {
      const index = data.accounts.findIndex((a) => a.id === id);
      const current = data.accounts[index];
      if (current === undefined || current.version !== readVersion) return false;
      const { passwordHash, ...rest } = change;
      data.accounts[index] = { ...current, ...rest, ...(passwordHash === undefined ? {} : { password: passwordHash }), version: readVersion + 1 };
      return true;
    },
    lockActiveAdmins: async () => data.accounts.filter((a) => a.role === 'admin' && a.active).map((a) => a.id),
    endSessionsOf: async (userId, keep) => {
      if (keep === undefined && data.user?.id === userId) data.user = null;
    },
  };
}
