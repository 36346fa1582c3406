import { HttpResponse } from 'msw';
import type { ErrorCode } from '../../src/contract/errors';
import { errorBody, httpStatusOf } from '../../src/contract/errors';

// An error in the contract's shape, for tests that make one route fail with `server.use`.
export function errorResponse(code: ErrorCode, message: string, fields?: Record<string, string>) {
  return HttpResponse.json(errorBody(code, message, fields), { status: httpStatusOf[code] });
}
