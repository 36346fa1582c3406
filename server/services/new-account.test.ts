import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import { openSqlite, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { createAccount, NewAccountError } from './new-account';
import { kyselyAccounts } from '../store/kysely-accounts';
import { signIn } from './sign-in';

const now = new Date('2026-11-22T12:00:00Z');
const valid = { email: 'Director@PEF.example', name: ' Executive Director ', role: 'admin', password: 'a long and private passphrase' };

describe('createAccount', () => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = openSqlite(':memory:');
    await migrateToLatest(handle);
  });
  afterEach(() => handle.close());

  async function refusal(input: Record<string, unknown>): Promise<Record<string, string>> {
    const error: unknown = await createAccount(handle.db, input, now).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof NewAccountError)) throw new Error(`expected a refusal, got ${String(error)}`);
    return error.fields;
  }

  it('stores the account with a lower-case email and a hash, so the password signs in', async () => {
    const created = await createAccount(handle.db, valid, now);
    expect(created.account).toEqual({ email: 'director@pef.example', name: 'Executive Director', role: 'admin' });
    const row = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).not.toContain(valid.password);
    expect(await signIn(kyselyAccounts(handle.db), 'director@pef.example', valid.password, now)).toMatchObject({ id: created.id, role: 'admin' });
  });

  it.each([
    [{ password: 'eleven char' }, 'password', 'must be at least 12 characters'],
    [{ password: demoPassword }, 'password', 'must not be the demo password'],
    [{ password: 'DIRECTOR@pef.example' }, 'password', 'must not be the email address'],
    [{ email: 'director' }, 'email', 'must be an email address'],
    [{ name: '  ' }, 'name', 'is required'],
    [{ role: 'owner' }, 'role', 'must be one of: board, staff, admin'],
  ])('refuses %j', async (change, field, why) => {
    expect(await refusal({ ...valid, ...change })).toMatchObject({ [field]: why });
    expect(await handle.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    await createAccount(handle.db, valid, now);
    expect(await refusal({ ...valid, email: 'DIRECTOR@pef.example', role: 'board' })).toEqual({ email: 'DIRECTOR@pef.example already has an account' });
  });
});
