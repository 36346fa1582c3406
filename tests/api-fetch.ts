import { expect } from 'vitest';
import { ApiErrorBody, type ErrorCode } from '../src/contract/errors';

// Calls the mock API the way the browser does; the msw node server of
// tests/setup.ts answers.
export async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://localhost${path}`, { headers: { accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
}

// The contract's error body, with the status and code expected; returns it for further checks.
export async function getError(path: string, status: number, code: ErrorCode): Promise<ApiErrorBody['error']> {
  const response = await getJson(path);
  expect(response.status).toBe(status);
  const parsed = ApiErrorBody.safeParse(response.body);
  if (!parsed.success) throw new Error(`Not the contract's error shape: ${JSON.stringify(response.body)}`);
  expect(parsed.data.error.code).toBe(code);
  expect(parsed.data.error.message).not.toBe('');
  return parsed.data.error;
}
