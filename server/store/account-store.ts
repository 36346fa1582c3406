import type { SessionUser } from '../../src/contract/session';

// Failed sign-ins counted for one key since the first of them (epoch ms).
export interface FailureWindow {
  readonly failures: number;
  readonly firstFailureAt: number;
}

export interface StoredUser extends SessionUser {
  readonly passwordHash: string;
}

// Accounts, sessions and the sign-in throttle, wherever they are kept. The
// password check and the session ids are the store's: scrypt and random ids
// on the server, a plain comparison in the browser's mock.
export interface AccountStore {
  userByEmail(email: string): Promise<StoredUser | undefined>;
  // Takes the same time whether or not the user exists.
  verifyPassword(password: string, user: StoredUser | undefined): Promise<boolean>;
  // The signed-in person of a session id (null: none or expired).
  sessionUser(sessionId: string | null, now: Date): Promise<SessionUser | null>;
  createSession(userId: string, now: Date): Promise<string>;
  endSession(sessionId: string | null): Promise<void>;
  // Failed sign-ins for a key within the window before `now`; null when none.
  failuresInWindow(key: string, now: Date, windowMs: number): Promise<FailureWindow | null>;
  // Counts one more failure (starting again once the window has passed) and returns the window.
  recordFailure(key: string, now: Date, windowMs: number): Promise<FailureWindow>;
  clearFailures(key: string): Promise<void>;
}

