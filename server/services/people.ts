import type { Role } from '../../src/contract/session';
import type { NewUser, UserAccount, UserList, UserPatch, UserWrite } from '../../src/contract/users';
import { HttpError } from '../http/http-error';
import type { AccountChange, StoredUser } from '../store/account-store';
import type { Store } from '../store/store';
import type { StoreWrites } from '../store/store-writes';
import { conflict, recordAudit, type WriteContext } from './audit';
import { oneTimePassword } from './one-time-password';

export async function listUsers(store: Store): Promise<UserList> {
  const items = await store.accounts.userAccounts();
  return { items, total: items.length };
}

async function userAccount(store: Store, id: string): Promise<UserAccount> {
  const [account] = await store.accounts.userAccounts(id);
  if (account === undefined) throw notFound(id);
  return account;
}

function notFound(id: string): HttpError {
  return new HttpError('not_found', `No account has the id "${id}". Reload the list of people to see who is there.`);
}

// What the audit shows of an account: never a password or its hash.
function snapshot(user: Pick<StoredUser, 'role' | 'active' | 'mustChangePassword' | 'version'>, fields: readonly ('role' | 'active' | 'mustChangePassword')[]) {
  return { ...Object.fromEntries(fields.map((field) => [field, user[field]])), version: user.version };
}

// A one-time password: the person must choose their own at the next sign-in.
export async function createUser(store: Store, context: WriteContext, input: NewUser): Promise<UserWrite> {
  const password = oneTimePassword();
  const passwordHash = await store.accounts.hashPassword(password);
  const id = await store.transaction(async (trx) => {
    if ((await trx.accounts.userByEmail(input.email)) !== undefined) {
      throw new HttpError('conflict', `${input.email} already has an account. Find it in the list of people instead.`, {
        email: 'already has an account',
      });
    }
    const created = await trx.accounts.insertUser({ ...input, passwordHash, mustChangePassword: true }, context.now);
    await recordAudit(trx, context, {
      operation: 'create-user',
      entityType: 'user',
      entityId: created,
      before: null,
      after: { name: input.name, email: input.email.toLowerCase(), role: input.role, active: true, mustChangePassword: true, version: 1 },
    });
    return created;
  });
  return { user: await userAccount(store, id), oneTimePassword: password };
}

const lastAdmin = (field: 'role' | 'active', action: string) =>
  new HttpError('bad_request', `This is the last active administrator, so it cannot be ${action}. Make someone else an administrator first.`, {
    [field]: `cannot be changed: this is the last active administrator`,
  });

// The last active administrator stays one, whoever asks and however.
async function keepAnAdmin(trx: StoreWrites, user: StoredUser, role: Role, active: boolean): Promise<void> {
  if (user.role !== 'admin' || !user.active || (role === 'admin' && active)) return;
  const others = (await trx.accounts.lockActiveAdmins()).filter((id) => id !== user.id);
  if (others.length > 0) return;
  throw role === 'admin' ? lastAdmin('active', 'deactivated') : lastAdmin('role', 'given another role');
}

// Changes a role, deactivates or reactivates, or resets the password to a
// new one-time password. A deactivated account's sessions end at once, as do
// those of an account whose password was reset.
export async function editUser(store: Store, context: WriteContext, id: string, patch: UserPatch): Promise<UserWrite> {
  const password = patch.resetPassword === true ? oneTimePassword() : null;
  const passwordHash = password === null ? undefined : await store.accounts.hashPassword(password);
  await store.transaction(async (trx) => {
    const user = await trx.accounts.user(id);
    if (user === undefined) throw notFound(id);
    if (user.version !== patch.version) throw conflict('account');
    const role = patch.role ?? user.role;
    const active = patch.active ?? user.active;
    await keepAnAdmin(trx, user, role, active);
    const change: AccountChange = { role, active, ...(passwordHash === undefined ? {} : { passwordHash, mustChangePassword: true }) };
    if (!(await trx.accounts.updateUser(id, patch.version, change))) throw conflict('account');
    if (!active || passwordHash !== undefined) await trx.accounts.endSessionsOf(id);
    const fields = (['role', 'active'] as const).filter((field) => user[field] !== change[field]);
    const after = { ...user, ...change, version: user.version + 1 };
    if (fields.length > 0 || passwordHash === undefined) {
      await recordAudit(trx, context, { operation: 'edit-user', entityType: 'user', entityId: id, before: snapshot(user, fields), after: snapshot(after, fields) });
    }
    if (passwordHash !== undefined) {
      const reset = ['mustChangePassword'] as const;
      await recordAudit(trx, context, { operation: 'reset-password', entityType: 'user', entityId: id, before: snapshot(user, reset), after: snapshot(after, reset) });
    }
  });
  return { user: await userAccount(store, id), oneTimePassword: password };
}
