import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadUserAccounts } from '../db/repository/user-repository';
import { decoyHash, hashPassword, verifyPassword } from '../services/passwords';
import { clearFailures, createSession, endSession, failuresInWindow, findSessionUser, recordFailure, userByEmail } from '../services/sessions';
import type { AccountStore } from './account-store';

// Accounts in the database: scrypt hashes, sessions stored by the hash of their id.
export function kyselyAccounts(db: Kysely<Database>): AccountStore {
  return {
    userByEmail: (email) => userByEmail(db, email),
    verifyPassword: (password, user) => verifyPassword(password, user?.passwordHash ?? decoyHash),
    hashPassword,
    sessionUser: async (id, now) => (id === null ? null : findSessionUser(db, id, now)),
    createSession: (userId, now) => createSession(db, userId, now),
    endSession: async (id) => {
      if (id !== null) await endSession(db, id);
    },
    failuresInWindow: (key, now, windowMs) => failuresInWindow(db, key, now, windowMs),
    recordFailure: (key, now, windowMs) => recordFailure(db, key, now, windowMs),
    clearFailures: (key) => clearFailures(db, key),
    userAccounts: (id) => loadUserAccounts(db, id),
  };
}
