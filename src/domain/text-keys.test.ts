import { describe, expect, it } from 'vitest';
import { compareCodePoints, foldText, includesFolded, textSortKey } from './text-keys';

const sorted = (texts: string[]) => [...texts].sort((a, b) => compareCodePoints(textSortKey(a), textSortKey(b)));

describe('text keys', () => {
  it('fold case and accents alike', () => {
    expect(foldText('Zoë ÅNGSTRÖM')).toBe(foldText('zoe angstrom'));
    expect(includesFolded(foldText('Marisol Gutiérrez'), 'GUTIERREZ')).toBe(true);
    expect(includesFolded(foldText('Marisol Gutiérrez'), 'gutierrex')).toBe(false);
  });

  it('sort numbers by value and letters as people read them', () => {
    expect(sorted(['Grade 10', 'grade 9', 'Ánimo', 'Grade 9b', 'grade 009', 'Zeta', 'alpha 2'])).toEqual([
      'alpha 2', 'Ánimo', 'grade 9', 'grade 009', 'Grade 9b', 'Grade 10', 'Zeta',
    ]);
    expect(compareCodePoints(textSortKey('Item 99999999999999999999'), textSortKey('Item 100000000000000000000'))).toBeLessThan(0);
  });

  it('compare by code point, as binary collation does, not by UTF-16 unit', () => {
    const astral = '\u{1F600}';
    const high = '\uFF21';
    expect(compareCodePoints(high, astral)).toBeLessThan(0);
    expect(high < astral).toBe(false);
    expect(Buffer.compare(Buffer.from(high), Buffer.from(astral))).toBe(-1);
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('abc', 'abc')).toBe(0);
  });
});
