import type { SessionUser } from '../../src/contract/session';
import { HttpError } from '../http/http-error';
import type { AccountStore, FailureWindow } from '../store/account-store';

const maxFailures = 5;
const maxFailuresPerAddress = 20;
export const failureWindowMs = 15 * 60 * 1000;

// Failures are counted per email and per client address: one client trying
// many emails is stopped too, before it costs a password hash per attempt.
interface Throttle {
  key: string;
  limit: number;
  who: string;
}

// Email keys are trimmed, so a key that starts with a space is never one.
export const addressKey = (address: string) => ` address ${address}`;

function throttlesOf(email: string, address: string | null): Throttle[] {
  const byEmail = { key: email.toLowerCase(), limit: maxFailures, who: 'for this email' };
  return address === null ? [byEmail] : [byEmail, { key: addressKey(address), limit: maxFailuresPerAddress, who: 'from your network address' }];
}

function locked(throttle: Throttle, window: FailureWindow, now: Date): HttpError {
  const retryAfterSeconds = Math.max(1, Math.ceil((window.firstFailureAt + failureWindowMs - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new HttpError(
    'too_many_requests',
    `Too many failed sign-ins ${throttle.who}. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`,
    undefined,
    retryAfterSeconds,
  );
}

async function lockOf(accounts: AccountStore, throttles: readonly Throttle[], now: Date): Promise<HttpError | null> {
  for (const throttle of throttles) {
    const window = await accounts.failuresInWindow(throttle.key, now, failureWindowMs);
    if (window !== null && window.failures >= throttle.limit) return locked(throttle, window, now);
  }
  return null;
}

// One answer for an unknown email and a wrong password, in the same time;
// five failures for an email (or twenty from one address) lock it for
// fifteen minutes. Sign-ins sent all at once all pass the first look at the
// lock, so each failure is counted in one statement and the lock is looked at
// again after the password check: once the limit has failed, every answer is
// 429, the password right or wrong.
export async function signIn(accounts: AccountStore, email: string, password: string, now: Date, address: string | null = null): Promise<SessionUser> {
  const key = email.toLowerCase();
  const throttles = throttlesOf(email, address);
  const before = await lockOf(accounts, throttles, now);
  if (before !== null) throw before;
  const user = await accounts.userByEmail(key);
  const valid = await accounts.verifyPassword(password, user);
  if (user === undefined || !valid) {
    for (const throttle of throttles) {
      const window = await accounts.recordFailure(throttle.key, now, failureWindowMs);
      if (window.failures > throttle.limit) throw locked(throttle, window, now);
    }
    throw new HttpError('unauthorized', 'The email or password is not correct.');
  }
  const after = await lockOf(accounts, throttles, now);
  if (after !== null) throw after;
  await accounts.clearFailures(key);
  // Told only to whoever knows the password, so it reveals nothing to a guesser.
  if (!user.active) throw new HttpError('forbidden', 'This account has been deactivated. Ask the executive director to reactivate it.');
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}
