import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { databaseFault } from '../db/database-faults';
import { logger } from '../log';
import { errorResponse, HttpError } from './http-error';

// The last word on an error below a route: the contract's error for a known
// one, a 503 naming the cause for a database fault (the driver's own error
// goes to the log), and a 500 without a stack for the rest.
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof HttpError) {
    if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
    return errorResponse(c, error.code, error.message, error.fields);
  }
  const fault = databaseFault(error);
  const requestId = c.get('requestId');
  if (fault !== null) {
    logger.error({ err: error, requestId }, fault);
    return errorResponse(c, 'unavailable', fault);
  }
  logger.error({ err: error, requestId }, 'Unexpected error');
  return errorResponse(c, 'internal', 'Something went wrong on the server. Try again; if it persists, tell the site administrator.');
}
