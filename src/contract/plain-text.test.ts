import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { NewAction, UpdateInput } from './action-writes';
import { ActionFilters } from './actions';
import { AuditFilters } from './audit';
import { fieldErrors } from './errors';
import { isPlainText, plainTextError, withoutNonPlainCharacters } from './plain-text';
import { SignIn } from './session';

const refused = ['a\u0000b', '\u0001', 'x\u0008', '\u000B', '\u000C', 'line\r\nbreak', '\u001F', '\u007F', '\u0085', '\u009F', 'x\uD800', '\uDC00y'];
const accepted = ['', 'plain', 'tab\there', 'line\nbreak', 'Gutiérrez 学习', 'emoji 🎓 ☀️', '\uD83C\uDF93', '\u00A0non-breaking', '\u200Bzero width'];

describe('plain text', () => {
  it('refuses control characters other than tab and line feed, and unpaired surrogates', () => {
    for (const text of refused) expect(isPlainText(text), JSON.stringify(text)).toBe(false);
  });

  it('accepts tab, line feed and any valid Unicode, surrogate pairs included', () => {
    for (const text of accepted) expect(isPlainText(text), JSON.stringify(text)).toBe(true);
  });

  it('strips what it refuses and keeps the rest', () => {
    expect(withoutNonPlainCharacters('\u0000=1\uD800+\t2\n\uD83C\uDF93\r')).toBe('=1+\t2\n\uD83C\uDF93');
  });

  it('is checked by every schema that takes text, naming the field', () => {
    const cases: [z.ZodMiniType, Record<string, unknown>, string][] = [
      [SignIn, { email: 'board@example.org\u0000', password: 'demo-password' }, 'email'],
      [SignIn, { email: 'board@example.org', password: 'demo\u0000password' }, 'password'],
      [UpdateInput, { quarter: '2026-Q3', status: 'on-track', percentComplete: 10, note: 'x\uD800' }, 'note'],
      [ActionFilters, { q: '\u0000' }, 'q'],
      [ActionFilters, { owner: 'a\u001Bb' }, 'owner'],
      [AuditFilters, { entityId: 'a-1\u0000' }, 'entityId'],
    ];
    for (const [schema, input, field] of cases) {
      const result = schema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(fieldErrors(result.error?.issues ?? [])[field]).toBe(plainTextError);
    }
    const action = NewAction.safeParse({
      title: '\u0000=HYPERLINK("http://x")', description: '', priorityId: 'wellness', focusAreaId: 'community-building', strategyId: 's\u0000',
      owner: 'Ana\u0007', startQuarter: '2025-Q1', dueQuarter: '2025-Q4', studentGroups: ['all-students'],
    });
    expect(action.success).toBe(false);
    expect(Object.entries(fieldErrors(action.error?.issues ?? [])).filter(([, why]) => why === plainTextError).map(([name]) => name).sort()).toEqual([
      'owner', 'strategyId', 'title',
    ]);
  });
});
