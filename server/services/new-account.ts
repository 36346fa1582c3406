import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { fieldErrors } from '../../src/contract/errors';
import { Role } from '../../src/contract/session';
import { Email, Password, PersonName } from '../../src/contract/users';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import type { Database } from '../db/schema';
import { hashPassword } from './passwords';
import { createUser } from './sessions';

// The rules every chosen password follows, at the command line and in the app.
const AccountPassword = Password.check(z.refine((password: string) => password !== demoPassword, { error: 'must not be the demo password' }));

// What is wrong with a password someone chose for the account of `email`, if anything.
export function passwordProblem(password: string, email: string): string | undefined {
  const parsed = AccountPassword.safeParse(password);
  if (!parsed.success) return fieldErrors(parsed.error.issues).body;
  return password.toLowerCase() === email.trim().toLowerCase() ? 'must not be the email address' : undefined;
}

export const NewAccount = z.object({ email: Email, name: PersonName, role: Role, password: z.string() }).check(
  z.superRefine((account, context) => {
    const problem = passwordProblem(account.password, account.email);
    if (problem !== undefined) context.issues.push({ code: 'custom', message: problem, path: ['password'], input: account.password });
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
