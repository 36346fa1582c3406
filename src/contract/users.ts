import * as z from 'zod/mini';
import { plainText } from './plain-text';
import { Role } from './session';

// The people API (admins only): accounts, their roles and one-time passwords.

export const minPasswordLength = 12;

export const Password = z.string().check(
  z.minLength(minPasswordLength, { error: `must be at least ${minPasswordLength} characters` }),
  z.maxLength(1024, { error: 'is too long' }),
  plainText,
);

export const Email = z.string().check(
  z.trim(),
  z.regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: 'must be an email address' }),
  z.maxLength(254, { error: 'is too long' }),
  plainText,
);
export const PersonName = z.string().check(z.trim(), z.minLength(1, { error: 'is required' }), z.maxLength(200, { error: 'is too long' }), plainText);

export const UserAccount = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  active: z.boolean(),
  // Signed in with a one-time password that has not been replaced yet.
  mustChangePassword: z.boolean(),
  lastSignInAt: z.nullable(z.iso.datetime()),
  version: z.int().check(z.gte(1)),
  // Actions whose owner is this person by name (src/domain/owner-key.ts).
  actionsOwned: z.int().check(z.gte(0)),
});
export type UserAccount = z.infer<typeof UserAccount>;

export const UserList = z.object({ items: z.array(UserAccount), total: z.int().check(z.gte(0)) });
export type UserList = z.infer<typeof UserList>;

export const NewUser = z.strictObject({ name: PersonName, email: Email, role: Role });
export type NewUser = z.infer<typeof NewUser>;

export const UserPatch = z
  .strictObject({
    version: z.int().check(z.gte(1)),
    role: z.optional(Role),
    active: z.optional(z.boolean()),
    resetPassword: z.optional(z.literal(true)),
  })
  .check(
    z.refine((patch) => patch.role !== undefined || patch.active !== undefined || patch.resetPassword !== undefined, {
      error: 'name a change: role, active or resetPassword',
      path: ['body'],
    }),
  );
export type UserPatch = z.infer<typeof UserPatch>;

// A created account or a reset password: the one-time password is in this
// answer only; the server keeps nothing but its hash.
export const UserWrite = z.object({ user: UserAccount, oneTimePassword: z.nullable(z.string()) });
export type UserWrite = z.infer<typeof UserWrite>;

export const PasswordChange = z.strictObject({
  currentPassword: z.string().check(z.minLength(1, { error: 'is required' }), z.maxLength(1024, { error: 'is too long' })),
  newPassword: Password,
});
export type PasswordChange = z.infer<typeof PasswordChange>;
