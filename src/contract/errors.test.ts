import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ActionFilters } from './actions';
import { ApiErrorBody, errorBody, fieldErrors } from './errors';

function issuesOf(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues;
}

describe('fieldErrors', () => {
  it('names an enum field and lists the values it must be one of', () => {
    const fields = fieldErrors(issuesOf(ActionFilters, { priority: 'happiness' }));
    expect(fields).toEqual({
      priority:
        'must be one of: teachers-leaders, wellness, academic-benchmarks, opportunities, technology, respond-to-change',
    });
  });

  it('passes the contract’s own messages through', () => {
    expect(fieldErrors(issuesOf(ActionFilters, { quarter: '2025-Q5' }))).toEqual({ quarter: 'must be a quarter like 2025-Q3' });
    expect(fieldErrors(issuesOf(ActionFilters, { q: 'x'.repeat(201) }))).toEqual({ q: 'must be at most 200 characters' });
  });

  it('names every bad field at once', () => {
    const fields = fieldErrors(issuesOf(ActionFilters, { status: 'done', focusArea: 'x', quarter: 'soon', priority: 'wellness' }));
    expect(Object.keys(fields).sort()).toEqual(['focusArea', 'quarter', 'status']);
    expect(fields.status).toMatch(/^must be one of: not-started, on-track, at-risk, off-track, completed, deferred$/);
  });

  it('joins nested paths with dots', () => {
    const schema = z.object({ baseline: z.object({ value: z.number() }), years: z.array(z.object({ target: z.number() })) });
    const fields = fieldErrors(issuesOf(schema, { baseline: { value: 'ten' }, years: [{ target: 1 }, { target: 'x' }] }));
    expect(fields).toEqual({ 'baseline.value': 'must be a number', 'years.1.target': 'must be a number' });
  });

  it('keeps the first issue of each field', () => {
    const schema = z.object({
      note: z.string().check(z.minLength(3, { error: 'must be at least 3 characters' }), z.regex(/^[a-z]+$/, { error: 'must be lowercase letters' })),
    });
    expect(fieldErrors(issuesOf(schema, { note: 'A' }))).toEqual({ note: 'must be at least 3 characters' });
    expect(
      fieldErrors([
        { code: 'custom', path: ['note'], message: 'first' },
        { code: 'custom', path: ['note'], message: 'second' },
      ]),
    ).toEqual({ note: 'first' });
  });

  it('words zod/mini’s bare "Invalid input" by the kind of issue', () => {
    expect(fieldErrors(issuesOf(z.object({ n: z.number() }), {}))).toEqual({ n: 'must be a number' });
    expect(fieldErrors(issuesOf(z.object({ list: z.array(z.string()) }), { list: 'a' }))).toEqual({ list: 'must be an array' });
    expect(fieldErrors(issuesOf(z.object({ n: z.int() }), { n: 1.5 }))).toEqual({ n: 'must be a whole number' });
    expect(fieldErrors(issuesOf(z.object({ n: z.number().check(z.gte(1)) }), { n: 0 }))).toEqual({ n: 'is too small or too short' });
    expect(fieldErrors(issuesOf(z.object({ n: z.number().check(z.lte(1)) }), { n: 2 }))).toEqual({ n: 'is too large or too long' });
    expect(fieldErrors(issuesOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }))).toEqual({ body: 'has unknown fields: b, c' });
    expect(fieldErrors([{ code: 'custom', path: ['x'], message: 'Invalid input' }])).toEqual({ x: 'is not valid' });
  });

  it('calls an issue about the whole input "body"', () => {
    expect(fieldErrors(issuesOf(z.object({}), 'text'))).toEqual({ body: 'must be an object' });
  });
});

describe('errorBody', () => {
  it('wraps code and message in the contract’s error shape', () => {
    const body = errorBody('not_found', 'No action has the id "a-999".');
    expect(body).toEqual({ error: { code: 'not_found', message: 'No action has the id "a-999".' } });
    expect(body.error).not.toHaveProperty('fields');
    expect(ApiErrorBody.safeParse(body).success).toBe(true);
  });

  it('adds the fields when given', () => {
    const body = errorBody('bad_request', 'Invalid query parameter: quarter', { quarter: 'must be a quarter like 2025-Q3' });
    expect(body).toEqual({
      error: { code: 'bad_request', message: 'Invalid query parameter: quarter', fields: { quarter: 'must be a quarter like 2025-Q3' } },
    });
    expect(ApiErrorBody.safeParse(body).success).toBe(true);
  });
});
