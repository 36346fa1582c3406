import { HttpResponse } from 'msw';
import type { ErrorCode } from '../../src/contract/errors';
import { errorBody, fieldErrors } from '../../src/contract/errors';

interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export function errorResponse(code: ErrorCode, message: string, fields?: Record<string, string>) {
  return HttpResponse.json(errorBody(code, message, fields), { status: statusOf[code] });
}

// Validates a query string as the server does: the first value of each
// parameter, checked against the contract; a bad one is a 400 naming it.
export function parseQuery<T>(request: Request, schema: Parser<T>): { ok: true; value: T } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = schema.safeParse(params);
  if (result.success) return { ok: true, value: result.data };
  const fields = fieldErrors(result.error.issues);
  const names = Object.keys(fields).join(', ');
  return { ok: false, response: errorResponse('bad_request', `Invalid query parameter: ${names}`, fields) };
}
