import type { Context } from 'hono';
import { quarterOfDate } from '../../src/domain/quarters';
import type { AppEnv } from './app-env';
import { encodeJson, sendJson } from './json-answer';

// A read whose answer follows from the data, the URL and the quarter the day
// falls in (which decides the default "as of" quarter) and from nothing about
// who asks: permissions are checked before it runs. Its encoded answer is
// kept while the data stays the same, so a page that a board reads many
// times between two updates is read from the database and compressed once.
// An answer that fails (bad input, a missing action) is not kept.
export async function keptAnswer(c: Context<AppEnv>, compute: () => Promise<unknown>): Promise<Response> {
  const url = new URL(c.req.url);
  const key = `${url.pathname}${url.search} ${quarterOfDate(c.get('config').now())}`;
  return sendJson(c, await c.get('store').keep(key, async () => encodeJson(await compute())));
}
