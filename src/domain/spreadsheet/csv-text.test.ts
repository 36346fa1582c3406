import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/parse-csv';
import { csvField, toCsv } from './csv-text';

describe('csvField', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('Family Wellness Nights')).toBe('Family Wellness Nights');
    expect(csvField('')).toBe('');
    expect(csvField("it's 50% done; next: Q3")).toBe("it's 50% done; next: Q3");
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Tutors, mentors')).toBe('"Tutors, mentors"');
    expect(csvField('The "Bridge" program')).toBe('"The ""Bridge"" program"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(csvField('Marisol Gutiérrez')).toBe('Marisol Gutiérrez');
    expect(csvField('Ani Petrosyan — 学习, ☀️')).toBe('"Ani Petrosyan — 学习, ☀️"');
  });
});

describe('toCsv', () => {
  it('ends every record, the last one too, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([])).toBe('');
    expect(toCsv([['']])).toBe('\r\n');
  });

  it('reads back field for field, whatever the fields hold', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\nline', 'crlf\r\ninside', ''],
      ['Gutiérrez', '日本語', '"', ',', '\n', 'emoji 🎓'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
