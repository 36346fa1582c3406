import { describe, expect, it } from 'vitest';
import { defaultSizes, parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('runs every size for 5 s after 1 s of warm-up with 10 connections, 15 cold loads and 5 Lighthouse runs at the smallest size by default', () => {
    expect(parseBenchOptions({}, [])).toEqual({
      sizes: defaultSizes,
      durationSeconds: 5,
      warmUpSeconds: 1,
      connections: 10,
      coldRuns: 15,
      coldSizes: [101],
      lighthouseRuns: 5,
      startTimeoutMs: 600_000,
    });
  });

  it('takes the sizes from the command line before the environment', () => {
    expect(parseBenchOptions({ BENCH_SIZES: '101' }, ['10_000,100000']).sizes).toEqual([10_000, 100_000]);
    expect(parseBenchOptions({ BENCH_SIZES: '101' }, []).sizes).toEqual([101]);
  });

  it('reads the smoke settings CI uses', () => {
    const options = parseBenchOptions({ BENCH_SIZES: '101', BENCH_DURATION: '2', BENCH_COLD_RUNS: '3', BENCH_LIGHTHOUSE_RUNS: '1' }, []);
    expect(options).toMatchObject({ sizes: [101], durationSeconds: 2, coldRuns: 3, coldSizes: [101], lighthouseRuns: 1 });
    expect(parseBenchOptions({ BENCH_LIGHTHOUSE: '0', BENCH_LIGHTHOUSE_RUNS: '3' }, []).lighthouseRuns).toBe(0);
  });

  it('cold-loads only sizes that are benchmarked', () => {
    expect(parseBenchOptions({ BENCH_SIZES: '101,10000', BENCH_COLD_SIZES: '10000,100000' }, []).coldSizes).toEqual([10_000]);
  });

  it('names the variable of a bad value', () => {
    expect(() => parseBenchOptions({ BENCH_SIZES: '101,ten' }, [])).toThrow(/BENCH_SIZES .*"101,ten"/);
    expect(() => parseBenchOptions({ BENCH_DURATION: '-1' }, [])).toThrow(/BENCH_DURATION must be a positive number/);
    expect(() => parseBenchOptions({ BENCH_LIGHTHOUSE_RUNS: 'five' }, [])).toThrow(/BENCH_LIGHTHOUSE_RUNS must be a positive number/);
  });
});
