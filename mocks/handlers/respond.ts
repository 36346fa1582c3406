import { HttpResponse } from 'msw';
import type { ErrorCode } from '../../src/contract/errors';
import { errorBody, fieldErrors, httpStatusOf } from '../../src/contract/errors';

interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

export function errorResponse(code: ErrorCode, message: string, fields?: Record<string, string>) {
  return HttpResponse.json(errorBody(code, message, fields), { status: httpStatusOf[code] });
}

// Validates a query string as the server does: the first value of each
// parameter, checked against the contract; a bad one is a 400 naming it.
export function parseQuery<T>(request: Request, schema: Parser<T>): { ok: true; value: T } | { ok: false; response: Response } {
  const { searchParams } = new URL(request.url);
  const params = Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.get(key)]));
  const result = schema.safeParse(params);
  if (result.success) return { ok: true, value: result.data };
  const fields = fieldErrors(result.error.issues);
  const names = Object.keys(fields).join(', ');
  return { ok: false, response: errorResponse('bad_request', `Invalid query parameter: ${names}`, fields) };
}
