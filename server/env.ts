import * as z from 'zod/mini';
import { fieldErrors } from '../src/contract/errors';
import { demoPassword } from '../src/domain/sample/demo-accounts';
import { StartupError } from './startup-error';

const Port = z.pipe(
  z.string().check(z.regex(/^\d+$/, { error: 'must be a whole number' })),
  z.transform(Number),
).check(z.refine((port: number) => port >= 1 && port <= 65535, { error: 'must be between 1 and 65535' }));

const Env = z.object({
  PORT: z._default(Port, 3000),
  HOST: z._default(z.string().check(z.minLength(1, { error: 'must not be empty' })), '127.0.0.1'),
  DATA_DIR: z._default(z.string().check(z.minLength(1, { error: 'must not be empty' })), './data'),
  // The built app to serve (tests build into a folder of their own).
  DIST_DIR: z._default(z.string().check(z.minLength(1, { error: 'must not be empty' })), './dist'),
  DATABASE_URL: z.optional(
    z.string().check(
      z.regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' }),
      z.refine((url: string) => URL.canParse(url), { error: 'is not a valid URL (percent-encode special characters in the password)' }),
    ),
  ),
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'production'),
  // Demo mode loads the sample data and the demo accounts; production never has a known password.
  APP_MODE: z._default(z.enum(['demo', 'production']), 'production'),
  ADMIN_EMAIL: z.optional(z.string().check(z.regex(/^[^@\s]+@[^@\s]+$/, { error: 'must be an email address' }))),
  ADMIN_PASSWORD: z.optional(
    z.string().check(
      z.minLength(12, { error: 'must be at least 12 characters' }),
      z.refine((password: string) => password !== demoPassword, { error: 'must not be the demo password' }),
    ),
  ),
  LOAD_SAMPLE_DATA: z._default(z.enum(['true', 'false']), 'false'),
  // Set when a reverse proxy in front appends the client's address to X-Forwarded-For.
  TRUST_PROXY: z._default(z.enum(['true', 'false']), 'false'),
  // The host names people reach the server by (plan.example.org,other.example.org).
  ALLOWED_HOSTS: z._default(
    z.pipe(
      z.string().check(z.regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/i, { error: 'must be host names separated by commas, like plan.example.org,plan.internal' })),
      z.transform((list: string) => list.toLowerCase().split(',')),
    ),
    [],
  ),
});
export type Env = z.infer<typeof Env>;

export class EnvError extends StartupError {
  override name = 'EnvError';
}

// Read once at start-up; a bad value stops the server with a message naming it.
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = Env.safeParse(present);
  if (!result.success) {
    const lines = Object.entries(fieldErrors(result.error.issues)).map(([name, why]) => `  ${name} ${why}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if ((result.data.ADMIN_EMAIL === undefined) !== (result.data.ADMIN_PASSWORD === undefined)) {
    throw new EnvError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return result.data;
}
