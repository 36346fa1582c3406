import { describe, expect, it } from 'vitest';
import { lighthouseLine, medianLighthouseRun, type LighthouseReport } from './lighthouse-run';

const run = (firstPaintMs: number, interactiveMs: number, score: number): LighthouseReport => ({
  categories: { performance: { score } },
  audits: {
    'first-contentful-paint': { numericValue: firstPaintMs },
    interactive: { numericValue: interactiveMs },
    'largest-contentful-paint': { numericValue: firstPaintMs + 100 },
  },
});

describe('the Lighthouse figure', () => {
  it('is the run nearest the median first paint and time to interactive, with every run’s score beside it', () => {
    const result = medianLighthouseRun([run(1000, 3000, 0.97), run(1100, 3100, 0.9), run(1050, 3050, 0.88), run(1200, 3500, 0.83), run(1020, 3020, 0.95)], []);
    // Not the median score (90): the typical run's own.
    expect(result).toEqual({ ran: true, performance: 88, lcpMs: 1150, scores: [97, 90, 88, 83, 95], failures: [] });
    expect(lighthouseLine(result)).toBe(
      "Lighthouse 12.2.3, mobile, overview signed in, the median of 5 runs (Lighthouse's computeMedianRun), which scored 97, 90, 88, 83, 95: performance 88 (✗ target ≥ 90), LCP 1.1 s",
    );
  });

  it('says how many runs failed, and why none counted when all did', () => {
    const some = medianLighthouseRun([run(1000, 3000, 0.93)], ['Chrome exited']);
    expect(lighthouseLine(some)).toBe('Lighthouse 12.2.3, mobile, overview signed in, one run (1 more failed: Chrome exited): performance 93 (✓ target ≥ 90), LCP 1.1 s');
    const none = medianLighthouseRun([], ['Chrome exited', 'timed out']);
    expect(lighthouseLine(none)).toBe('Lighthouse 12.2.3 could not run: Chrome exited');
  });
});
