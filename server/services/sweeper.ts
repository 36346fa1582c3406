import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { logger } from '../log';
import { absoluteLimitMs, idleLimitMs } from './session-limits';
import { failureWindowMs } from './sign-in';

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

// Sessions past their idle or absolute limit, and sign-in failures whose
// window has passed, are dead weight: nothing reads them again (a session is
// also refused when it is read late). Deleting them keeps both tables as small
// as the people actually using the app.
export async function sweepExpired(db: Kysely<Database>, now: Date): Promise<{ sessions: number; failures: number }> {
  const sessions = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', before(now, idleLimitMs)), eb('created_at', '<', before(now, absoluteLimitMs))]))
    .executeTakeFirst();
  const failures = await db.deleteFrom('sign_in_failures').where('first_failure_at', '<', before(now, failureWindowMs)).executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), failures: Number(failures.numDeletedRows) };
}

export const sweepEveryMs = 10 * 60 * 1000;

// Runs the sweep now and then in the background of the server; a failure
// (the database briefly away) is logged and the next round tries again.
export function startSweeper(db: Kysely<Database>, now: () => Date = () => new Date(), everyMs = sweepEveryMs): () => void {
  const sweep = () => {
    sweepExpired(db, now()).then(
      (swept) => {
        if (swept.sessions + swept.failures > 0) logger.info(swept, 'Removed expired sessions and old sign-in failures');
      },
      (error: unknown) => logger.warn({ err: error }, 'The sweep of expired sessions failed; it runs again later'),
    );
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
