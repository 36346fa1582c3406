import type { SessionUser } from '../../src/contract/session';
import { HttpError } from '../http/http-error';
import type { AccountStore } from '../store/account-store';

const maxFailures = 5;
const failureWindowMs = 15 * 60 * 1000;

const locked = () => new HttpError('too_many_requests', 'Too many failed sign-ins for this email. Wait 15 minutes, then try again.');

// One answer for an unknown email and a wrong password, in the same time;
// five failures for an email lock it for fifteen minutes. Sign-ins sent all at
// once all pass the first look at the lock, so each failure is counted in one
// statement and the lock is looked at again after the password check: once
// five have failed, every answer is 429, the password right or wrong.
export async function signIn(accounts: AccountStore, email: string, password: string, now: Date): Promise<SessionUser> {
  const key = email.toLowerCase();
  if ((await accounts.failuresInWindow(key, now, failureWindowMs)) >= maxFailures) throw locked();
  const user = await accounts.userByEmail(key);
  const valid = await accounts.verifyPassword(password, user);
  if (user === undefined || !valid) {
    if ((await accounts.recordFailure(key, now, failureWindowMs)) > maxFailures) throw locked();
    throw new HttpError('unauthorized', 'The email or password is not correct.');
  }
  if ((await accounts.failuresInWindow(key, now, failureWindowMs)) >= maxFailures) throw locked();
  await accounts.clearFailures(key);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
