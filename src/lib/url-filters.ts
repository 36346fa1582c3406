import { fieldErrors } from '../contract/errors';

interface ObjectSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

export interface UrlFilters<T> {
  readonly value: T;
  // Parameters of the link that were not valid and so were ignored, with why.
  readonly ignored: Record<string, string>;
}

// Reads a view's parameters from its URL. A bad one is dropped and reported,
// so a mistyped link still opens the view, and says what it ignored.
export function readUrlFilters<T>(search: URLSearchParams, schema: ObjectSchema<T>, keys: readonly string[]): UrlFilters<T> {
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = search.get(key);
    if (value !== null && value !== '') raw[key] = value;
  }
  const first = schema.safeParse(raw);
  if (first.success) return { value: first.data, ignored: {} };
  const ignored = fieldErrors(first.error.issues);
  for (const key of Object.keys(ignored)) delete raw[key];
  const second = schema.safeParse(raw);
  if (!second.success) throw new Error('URL parameters still invalid after dropping the bad ones');
  return { value: second.data, ignored: Object.fromEntries(Object.entries(ignored).map(([k, why]) => [k, `"${search.get(k) ?? ''}" ${why}`])) };
}
