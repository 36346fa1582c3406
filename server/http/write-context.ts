import type { Context } from 'hono';
import type { WriteContext } from '../services/audit';
import type { AppEnv } from './app-env';
import { HttpError } from './http-error';

// Who writes and when, for a route whose permission has already required a
// signed-in user.
export function writeContext(c: Context<AppEnv>): WriteContext {
  const user = c.get('user');
  if (user === null) throw new HttpError('unauthorized', 'Sign in to continue; your session may have expired.');
  return { user, now: c.get('config').now() };
}
