import type { ErrorCode } from '../contract/errors';

// What a write rule answers: the new state, or why the write is refused,
// worded as the API's error, which the services throw.
export interface WriteError {
  readonly code: Extract<ErrorCode, 'bad_request' | 'conflict'>;
  readonly message: string;
  readonly fields?: Record<string, string>;
}

export type WriteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WriteError };

export function accepted<T>(value: T): WriteResult<T> {
  return { ok: true, value };
}

export function refused(error: WriteError): WriteResult<never> {
  return { ok: false, error };
}

export function invalidFields(fields: Record<string, string>, what = 'request body'): WriteError {
  return { code: 'bad_request', message: `Invalid ${what}: ${Object.keys(fields).join(', ')}`, fields };
}

// Optimistic concurrency: a write carries the version it read; any other
// write in between makes it stale, and it changes nothing.
export function staleVersion(entity: 'action' | 'benchmark', current: number, sent: number): WriteError | null {
  if (current === sent) return null;
  return {
    code: 'conflict',
    message:
      `Someone else changed this ${entity} after you opened it (you read version ${sent}; it is now version ${current}). ` +
      'Nothing was saved: reload to see their changes, then make yours again.',
  };
}
