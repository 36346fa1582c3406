import type { Context } from 'hono';
import { errorBody, httpStatusOf, type ErrorCode } from '../../src/contract/errors';
import { jsonAnswer } from './json-answer';

// Thrown anywhere below a route; the app turns it into the contract's error shape.
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    // For a 429: when to try again, sent as Retry-After.
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, code: ErrorCode, message: string, fields?: Record<string, string>): Response {
  return jsonAnswer(c, errorBody(code, message, fields), httpStatusOf[code]);
}
