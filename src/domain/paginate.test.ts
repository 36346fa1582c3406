import { describe, expect, it } from 'vitest';
import { pageCount, pageOf } from './paginate';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('pageOf', () => {
  it('cuts the list into pages of the asked size, the last one shorter', () => {
    expect(pageOf(letters, 1, 3)).toEqual({ items: ['a', 'b', 'c'], page: 1, pageSize: 3 });
    expect(pageOf(letters, 2, 3)).toEqual({ items: ['d', 'e', 'f'], page: 2, pageSize: 3 });
    expect(pageOf(letters, 3, 3)).toEqual({ items: ['g'], page: 3, pageSize: 3 });
  });

  it('gives every item exactly once across the pages, in order', () => {
    for (const size of [1, 2, 3, 6, 7, 8, 200]) {
      const pages = Array.from({ length: pageCount(letters.length, size) }, (_, i) => pageOf(letters, i + 1, size).items);
      expect(pages.flat(), `size ${size}`).toEqual(letters);
      expect(pages.every((page) => page.length > 0 && page.length <= size)).toBe(true);
    }
  });

  it('answers a page past the last one with no items rather than the last page again', () => {
    expect(pageOf(letters, 4, 3)).toEqual({ items: [], page: 4, pageSize: 3 });
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pageSize: 50 });
  });

  it('returns a copy, never the list it was given', () => {
    const page = pageOf(letters, 1, letters.length);
    expect(page.items).toEqual(letters);
    expect(page.items).not.toBe(letters);
  });

  it('refuses pages and sizes that are not whole numbers from 1', () => {
    for (const page of [0, -1, 1.5, Number.NaN]) expect(() => pageOf(letters, page, 3)).toThrow(RangeError);
    for (const size of [0, -3, 2.5]) expect(() => pageOf(letters, 1, size)).toThrow(RangeError);
  });
});

describe('pageCount', () => {
  it('counts the pages a list fills, at least one', () => {
    expect(pageCount(7, 3)).toBe(3);
    expect(pageCount(6, 3)).toBe(2);
    expect(pageCount(1, 3)).toBe(1);
    expect(pageCount(0, 3)).toBe(1);
    expect(pageCount(10_000, 200)).toBe(50);
    expect(pageCount(10_001, 200)).toBe(51);
  });
});
