import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pefPlan } from '../../src/domain/pef-plan';
import { openSqlite, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { HttpError } from '../http/http-error';
import type { AccountStore } from '../store/account-store';
import { kyselyAccounts } from '../store/kysely-accounts';
import { memoryAccounts } from '../store/memory-accounts';
import { memoryAccountOf, memoryDataOf, type MemoryData } from '../store/memory-data';
import { hashPassword } from './passwords';
import { createUser } from './sessions';
import { signIn } from './sign-in';

const today = new Date('2026-11-22T12:00:00Z');
const email = 'staff@pef.example';
const password = 'correct horse battery';

const codeOf = (attempt: Promise<unknown>) => attempt.then(() => 'ok', (error: unknown) => (error instanceof HttpError ? error.code : String(error)));

const stores: [string, () => Promise<{ accounts: AccountStore; close(): Promise<void> }>][] = [
  [
    'the in-memory accounts',
    async () => {
      const data: MemoryData = memoryDataOf({ plan: pefPlan, actions: [], benchmarks: [], accounts: [memoryAccountOf({ id: 'u-1', email, name: 'Staff', role: 'staff', password })] });
      return { accounts: memoryAccounts(() => data), close: async () => {} };
    },
  ],
  [
    'the database’s accounts',
    async () => {
      const handle: DatabaseHandle = openSqlite(':memory:');
      await migrateToLatest(handle);
      await createUser(handle.db, { email, name: 'Staff', role: 'staff', passwordHash: await hashPassword(password) }, today);
      return { accounts: kyselyAccounts(handle.db), close: () => handle.close() };
    },
  ],
];

// The sign-in rule is one service; either store must make it hold.
describe.each(stores)('signing in against %s', (_name, open) => {
  let accounts: AccountStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ accounts, close } = await open());
  });
  afterAll(() => close());

  it('gives one answer for an unknown email and a wrong password, then locks the email for fifteen minutes', async () => {
    expect(await codeOf(signIn(accounts, 'nobody@pef.example', password, today))).toBe('unauthorized');
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await codeOf(signIn(accounts, email, 'wrong', today))).toBe('unauthorized');
    expect(await codeOf(signIn(accounts, email.toUpperCase(), password, today))).toBe('too_many_requests');
    const later = new Date(today.getTime() + 15 * 60 * 1000);
    expect(await signIn(accounts, email, password, later)).toMatchObject({ email, role: 'staff' });
    expect(await codeOf(signIn(accounts, email, 'wrong', later))).toBe('unauthorized');
  });
});
