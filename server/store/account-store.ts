import type { Role, SessionUser } from '../../src/contract/session';
import type { UserAccount } from '../../src/contract/users';

// Failed sign-ins counted for one key since the first of them (epoch ms).
export interface FailureWindow {
  readonly failures: number;
  readonly firstFailureAt: number;
}

export interface StoredUser extends SessionUser {
  readonly passwordHash: string;
  readonly active: boolean;
  readonly version: number;
}

export interface NewStoredUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
}

export interface AccountChange {
  readonly role?: Role;
  readonly active?: boolean;
  readonly passwordHash?: string;
  readonly mustChangePassword?: boolean;
}

// Accounts, sessions and the sign-in throttle, wherever they are kept. The
// password check and the session ids are the store's: scrypt and random ids
// on the server, a plain comparison in the browser's mock.
export interface AccountStore {
  userByEmail(email: string): Promise<StoredUser | undefined>;
  // Takes the same time whether or not the user exists.
  verifyPassword(password: string, user: StoredUser | undefined): Promise<boolean>;
  hashPassword(password: string): Promise<string>;
  // The signed-in person of a session id (null: none, expired or deactivated).
  sessionUser(sessionId: string | null, now: Date): Promise<SessionUser | null>;
  // Also notes the time as the account's last sign-in.
  createSession(userId: string, now: Date): Promise<string>;
  endSession(sessionId: string | null): Promise<void>;
  // Failed sign-ins for a key within the window before `now`; null when none.
  failuresInWindow(key: string, now: Date, windowMs: number): Promise<FailureWindow | null>;
  // Counts one more failure (starting again once the window has passed) and returns the window.
  recordFailure(key: string, now: Date, windowMs: number): Promise<FailureWindow>;
  clearFailures(key: string): Promise<void>;
  // Every account by name (or the one asked for), with how many actions it owns.
  userAccounts(id?: string): Promise<UserAccount[]>;
}

// What a write may read and change of the accounts inside its transaction.
export interface AccountWrites {
  user(id: string): Promise<StoredUser | undefined>;
  userByEmail(email: string): Promise<StoredUser | undefined>;
  insertUser(user: NewStoredUser, now: Date): Promise<string>;
  // False when another write changed the account since `readVersion`.
  updateUser(id: string, readVersion: number, change: AccountChange): Promise<boolean>;
  // The active administrators, held until the transaction ends so that two
  // admins demoting each other at once cannot leave none.
  lockActiveAdmins(): Promise<string[]>;
  // Ends every session of the account, or every one but the requester's
  // when `keep` is given (null: the mock API's one session, which has no id).
  endSessionsOf(userId: string, keep?: string | null): Promise<void>;
}
