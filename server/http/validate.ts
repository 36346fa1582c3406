import type { Context } from 'hono';
import { fieldErrors } from '../../src/contract/errors';
import { HttpError } from './http-error';

interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

function check<T>(schema: Schema<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error.issues);
  throw new HttpError('bad_request', `Invalid ${what}: ${Object.keys(fields).join(', ')}`, fields);
}

// The first value of each query parameter, checked against the contract.
export function parseQuery<T>(c: Context, schema: Schema<T>): T {
  const { searchParams } = new URL(c.req.url);
  const params = Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.get(key)]));
  return check(schema, params, 'query parameter');
}

export function parseParams<T>(c: Context, schema: Schema<T>): T {
  return check(schema, c.req.param(), 'path parameter');
}

// A JSON body or a clear 415/400; the size limit is enforced before this runs.
export async function parseBody<T>(c: Context, schema: Schema<T>): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError('bad_request', 'The request body is not valid JSON.', { body: 'is not valid JSON' });
  }
  return check(schema, body, 'request body');
}
