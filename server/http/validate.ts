import type { Context } from 'hono';
import { parseInput, type Schema } from '../services/parse-input';
import { HttpError } from './http-error';

// The first value of each query parameter, for a service to check against the contract.
export function queryOf(c: Context): Record<string, string | null> {
  const { searchParams } = new URL(c.req.url);
  return Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.get(key)]));
}

export function parseQuery<T>(c: Context, schema: Schema<T>): T {
  return parseInput(schema, queryOf(c), 'query parameter');
}

export function parseParams<T>(c: Context, schema: Schema<T>): T {
  return parseInput(schema, c.req.param(), 'path parameter');
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
  return parseInput(schema, body, 'request body');
}
