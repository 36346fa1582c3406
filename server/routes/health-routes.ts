import type { Hono } from 'hono';
import { databaseFault } from '../db/database-faults';
import type { AppEnv } from '../http/app-env';
import { HttpError } from '../http/http-error';
import { apiRoute } from '../http/permissions';
import { logger } from '../log';
import { jsonAnswer } from '../http/json-answer';

// GET /api/health says the process answers (liveness); this one says it can
// serve: 200 when the database reads and writes, else 503 naming the cause.
export function registerHealthRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/health/ready', async (c) => {
    try {
      await c.get('store').probe(c.get('config').now());
    } catch (error) {
      const cause = databaseFault(error) ?? 'The database check failed; the server log has the details.';
      logger.error({ err: error, requestId: c.get('requestId') }, `Readiness: ${cause}`);
      throw new HttpError('unavailable', cause);
    }
    return jsonAnswer(c, { ok: true, database: 'ok' });
  });
}
