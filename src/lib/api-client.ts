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

export function resolve(path: string): string {
  // Absolute, so the same client runs in the browser and under Node's fetch in tests.
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').toString();
}

interface RequestOptions<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  // Null for an answer without a body (204).
  schema: Schema<T> | null;
  what: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export function unreachable(verb: string, what: string): ApiError {
  const nothingChanged = verb === 'load' ? '' : ' Nothing was changed.';
  return new ApiError(`Could not reach the server to ${verb} ${what}.${nothingChanged} Check your connection, then try again.`, 0, 'network');
}

async function request<T>({ method, path, schema, what, body, signal }: RequestOptions<T>): Promise<T> {
  const reading = method === 'GET';
  const verb = reading ? 'load' : 'save';
  let response: Response;
  try {
    response = await fetch(resolve(path), {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw unreachable(verb, what);
  }
  const answer: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  return answerOf({ status: response.status, statusText: response.statusText, ok: response.ok }, answer, schema, verb, what);
}

interface Reply {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
}

// The contract's answer of a reply, or the error that says what went wrong:
// for fetch here, and for an upload that reports its progress.
export function answerOf<T>(reply: Reply, answer: unknown, schema: Schema<T> | null, verb: string, what: string): T {
  if (!reply.ok) {
    const parsed = ApiErrorBody.safeParse(answer);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(`Could not ${verb} ${what}: ${message}`, reply.status, code, fields);
    }
    // HTTP/2 has no reason phrase, so statusText is often empty.
    const answered = [reply.status, reply.statusText].filter(Boolean).join(' ');
    throw new ApiError(`Could not ${verb} ${what}: the server answered ${answered}.`, reply.status, 'http');
  }
  if (schema === null) return undefined as T;
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the response';
    throw new ApiError(
      `The server's answer for ${what} was not in the expected shape (at ${where}), so it is not shown. Try again; if it persists, tell the site administrator.`,
      reply.status,
      'malformed',
    );
  }
  return parsed.data;
}

export function apiGet<T>(path: string, schema: Schema<T>, what: string, signal?: AbortSignal): Promise<T> {
  return request({ method: 'GET', path, schema, what, signal });
}

// A write: JSON body in, the contract's answer (or nothing, for 204) out.
export function apiSend<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body: unknown, schema: Schema<T> | null, what: string): Promise<T> {
  return request({ method, path, schema, what, body });
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
