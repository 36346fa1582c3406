import type { PasswordChange } from '../../src/contract/users';
import type { SessionUser } from '../../src/contract/session';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { conflict, recordAudit, type WriteContext } from './audit';
import { passwordProblem } from './new-account';
import { signIn } from './sign-in';

function refused(field: keyof PasswordChange, why: string, what: string): HttpError {
  return new HttpError('bad_request', `${what} Nothing was changed.`, { [field]: why });
}

// The signed-in person replaces their password (a one-time one included).
// Every other session of theirs ends; the one they use stays signed in.
// The current password is checked as a sign-in is, with the same throttle,
// so a session left open does not let anyone guess it.
export async function changeOwnPassword(
  store: Store,
  context: WriteContext,
  request: { sessionId: string | null; address: string | null },
  input: PasswordChange,
): Promise<SessionUser> {
  try {
    await signIn(store.accounts, context.user.email, input.currentPassword, context.now, request.address);
  } catch (error) {
    if (error instanceof HttpError && error.code === 'unauthorized') {
      throw refused('currentPassword', 'is not correct', 'The current password is not correct: type the one you signed in with.');
    }
    throw error;
  }
  const user = await store.accounts.userByEmail(context.user.email);
  if (user === undefined) throw new HttpError('unauthorized', 'Sign in to continue; your session may have expired.');
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem !== undefined) throw refused('newPassword', problem, `The new password ${problem}.`);
  if (input.newPassword === input.currentPassword) {
    throw refused('newPassword', 'must differ from the current password', 'The new password must differ from the current one.');
  }
  const passwordHash = await store.accounts.hashPassword(input.newPassword);
  await store.transaction(async (trx) => {
    if (!(await trx.accounts.updateUser(user.id, user.version, { passwordHash, mustChangePassword: false }))) throw conflict('account');
    await trx.accounts.endSessionsOf(user.id, request.sessionId);
    await recordAudit(trx, context, {
      operation: 'change-password',
      entityType: 'user',
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword, version: user.version },
      after: { mustChangePassword: false, version: user.version + 1 },
    });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false };
}
