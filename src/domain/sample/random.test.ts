import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

const draw = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('gives another sequence for another seed', () => {
    expect(draw(42, 10)).not.toEqual(draw(43, 10));
  });

  it('draws numbers in [0, 1)', () => {
    const values = draw(7, 5000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(4990);
  });

  it('draws integers within both bounds, inclusive, reaching each bound', () => {
    const random = createRandom(11);
    const values = Array.from({ length: 2000 }, () => random.int(3, 6));
    expect(values.every((v) => Number.isInteger(v) && v >= 3 && v <= 6)).toBe(true);
    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6]));
    expect(createRandom(1).int(5, 5)).toBe(5);
  });

  it('picks items of the list, each of them in time', () => {
    const random = createRandom(3);
    const items = ['a', 'b', 'c'] as const;
    const picked = Array.from({ length: 300 }, () => random.pick(items));
    expect(new Set(picked)).toEqual(new Set(items));
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });

  it('reports chance() in about the asked proportion, never for 0 and always for 1', () => {
    const random = createRandom(5);
    const hits = Array.from({ length: 4000 }, () => random.chance(0.25)).filter(Boolean).length;
    expect(hits / 4000).toBeGreaterThan(0.2);
    expect(hits / 4000).toBeLessThan(0.3);
    expect(Array.from({ length: 100 }, () => random.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => random.chance(1)).every(Boolean)).toBe(true);
  });
});
