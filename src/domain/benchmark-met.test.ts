import { describe, expect, it } from 'vitest';
import { benchmarkMet } from './benchmark-met';

describe('benchmarkMet', () => {
  it('is met when a higher-is-better actual reaches or passes its target', () => {
    expect(benchmarkMet('higher', 86, 87.2)).toBe(true);
    expect(benchmarkMet('higher', 86, 86)).toBe(true);
    expect(benchmarkMet('higher', 86, 85.9)).toBe(false);
  });

  it('is met when a lower-is-better actual stays at or below its target', () => {
    expect(benchmarkMet('lower', 18, 16.4)).toBe(true);
    expect(benchmarkMet('lower', 18, 18)).toBe(true);
    expect(benchmarkMet('lower', 18, 18.1)).toBe(false);
  });

  it('handles zero as a real figure, not as missing', () => {
    expect(benchmarkMet('lower', 0, 0)).toBe(true);
    expect(benchmarkMet('higher', 0, 0)).toBe(true);
    expect(benchmarkMet('higher', 1, 0)).toBe(false);
  });

  it('is null when the actual or the target is missing', () => {
    expect(benchmarkMet('higher', 86, null)).toBeNull();
    expect(benchmarkMet('lower', null, 12)).toBeNull();
    expect(benchmarkMet('higher', null, null)).toBeNull();
  });
});
