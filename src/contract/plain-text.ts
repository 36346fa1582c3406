import * as z from 'zod/mini';

// Control characters other than tab and line feed: invisible in the app,
// refused by PostgreSQL (NUL), dropped by spreadsheets in ways that unmask
// formulas. Carriage returns too: browsers send line breaks as "\n".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Half of a UTF-16 surrogate pair with no other half: not valid Unicode, so
// no database can store it and read it back unchanged.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const plainTextError = 'must not contain control characters (other than tab and line break) or unpaired surrogate characters';

export function isPlainText(text: string): boolean {
  return !controlCharacter.test(text) && !loneSurrogate.test(text);
}

// What a spreadsheet may silently drop: the characters plain text refuses.
export function withoutNonPlainCharacters(text: string): string {
  return text.replace(new RegExp(controlCharacter.source, 'g'), '').replace(new RegExp(loneSurrogate.source, 'g'), '');
}

// Part of every schema that takes text from a request, so every route
// refuses such text with a 400 naming the field.
export const plainText = z.refine<string>(isPlainText, { error: plainTextError });

// Text a person types into a field: trimmed, within its length, plain.
export const boundedText = (max: number, required: boolean) =>
  z.string().check(
    z.trim(),
    z.minLength(required ? 1 : 0, { error: 'is required' }),
    z.maxLength(max, { error: `must be at most ${max} characters` }),
    plainText,
  );

// The id of a stored record in a URL path.
export const RecordId = z.string().check(z.minLength(1, { error: 'is required' }), z.maxLength(100, { error: 'must be at most 100 characters' }), plainText);
