import * as z from 'zod/mini';
import { plainText } from './plain-text';

export const roles = ['board', 'staff', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

// Board members read; staff and the director (admin) also change actions,
// updates and benchmark values.
export const writerRoles: readonly Role[] = ['staff', 'admin'];
export const roleLabels: Record<Role, string> = { board: 'Board member', staff: 'Staff', admin: 'Administrator' };

export const SignIn = z.strictObject({
  email: z.string().check(z.trim(), z.minLength(3, { error: 'is required' }), z.maxLength(254, { error: 'is too long' }), plainText),
  password: z.string().check(z.minLength(1, { error: 'is required' }), z.maxLength(1024, { error: 'is too long' }), plainText),
});
export type SignIn = z.infer<typeof SignIn>;

export const SessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  // Signed in with a one-time password: every write but changing it is refused.
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const Session = z.object({
  user: SessionUser,
});
export type Session = z.infer<typeof Session>;

// The accounts the sign-in page offers in demo mode; none in production.
export const DemoAccounts = z.object({
  accounts: z.array(z.object({ email: z.string(), role: Role, name: z.string() })),
  password: z.nullable(z.string()),
});
export type DemoAccounts = z.infer<typeof DemoAccounts>;
