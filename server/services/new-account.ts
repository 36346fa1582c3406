import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { fieldErrors } from '../../src/contract/errors';
import { Role } from '../../src/contract/session';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import type { Database } from '../db/schema';
import { hashPassword } from './passwords';
import { createUser } from './sessions';

export const minPasswordLength = 12;

export const NewAccount = z
  .object({
    email: z.string().check(z.trim(), z.regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: 'must be an email address' })),
    name: z.string().check(z.trim(), z.minLength(1, { error: 'is required' }), z.maxLength(200, { error: 'is too long' })),
    role: Role,
    password: z.string().check(
      z.minLength(minPasswordLength, { error: `must be at least ${minPasswordLength} characters` }),
      z.maxLength(1024, { error: 'is too long' }),
      z.refine((password: string) => password !== demoPassword, { error: 'must not be the demo password' }),
    ),
  })
  .check(
    z.refine((account) => account.password.toLowerCase() !== account.email.toLowerCase(), {
      error: 'must not be the email address',
      path: ['password'],
    }),
  );
export type NewAccount = z.infer<typeof NewAccount>;

export class NewAccountError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.entries(fields).map(([name, why]) => `${name} ${why}`).join('; '));
  }
}

// Checks the input, refuses an email already taken, stores only the hash.
export async function createAccount(db: Kysely<Database>, input: Record<string, unknown>, now: Date): Promise<{ id: string; account: Omit<NewAccount, 'password'> }> {
  const parsed = NewAccount.safeParse(input);
  if (!parsed.success) throw new NewAccountError(fieldErrors(parsed.error.issues));
  const { password, ...account } = parsed.data;
  const taken = await db.selectFrom('users').select('id').where('email', '=', account.email.toLowerCase()).executeTakeFirst();
  if (taken !== undefined) throw new NewAccountError({ email: `${account.email} already has an account` });
  const id = await createUser(db, { ...account, passwordHash: await hashPassword(password) }, now);
  return { id, account: { ...account, email: account.email.toLowerCase() } };
}
