import { fieldErrors } from '../../src/contract/errors';
import { HttpError } from '../http/http-error';

export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

export type InputPart = 'query parameter' | 'path parameter' | 'request body';

// The input checked against the contract; a 400 naming every bad field otherwise.
export function parseInput<T>(schema: Schema<T>, input: unknown, part: InputPart): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error.issues);
  throw new HttpError('bad_request', `Invalid ${part}: ${Object.keys(fields).join(', ')}`, fields);
}
