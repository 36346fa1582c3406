import { ApiErrorBody } from '../contract/errors';

interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[] }[] } };
}

// What went wrong, in words a board member can act on; `what` names the data
// ("the plan", "the actions") so the message says which part failed.
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

function resolve(path: string): string {
  // Absolute, so the same client runs in the browser and under Node's fetch in tests.
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').toString();
}

export async function apiGet<T>(path: string, schema: Schema<T>, what: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(resolve(path), { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(`Could not reach the server to load ${what}. Check your connection, then try again.`, 0, 'network');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(body);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(`Could not load ${what}: ${message}`, response.status, code, fields);
    }
    // HTTP/2 has no reason phrase, so statusText is often empty.
    const answered = [response.status, response.statusText].filter(Boolean).join(' ');
    throw new ApiError(`Could not load ${what}: the server answered ${answered}.`, response.status, 'http');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the response';
    throw new ApiError(
      `The server's answer for ${what} was not in the expected shape (at ${where}), so it is not shown. Try again; if it persists, tell the site administrator.`,
      response.status,
      'malformed',
    );
  }
  return parsed.data;
}

// Query strings without empty values, in a stable order for cache keys and links.
export function toSearch(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
