import { fieldErrors } from '../../src/contract/errors';
import { errorResponse } from './respond';

interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

export const maxBodyBytes = 64 * 1024;

// A JSON body checked against the contract, with the server's answers to a
// body too large (413), not JSON (415) or not valid (400 naming the fields).
export async function parseBody<T>(request: Request, schema: Parser<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBodyBytes) {
    return { ok: false, response: errorResponse('payload_too_large', `The request body is larger than ${maxBodyBytes / 1024} KB.`) };
  }
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, response: errorResponse('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).') };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: errorResponse('bad_request', 'The request body is not valid JSON.', { body: 'is not valid JSON' }) };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const fields = fieldErrors(result.error.issues);
  return { ok: false, response: errorResponse('bad_request', `Invalid request body: ${Object.keys(fields).join(', ')}`, fields) };
}
