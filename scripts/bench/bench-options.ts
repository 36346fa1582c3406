// What a benchmark run covers, from the command line (a size list such as
// `10000,100000`) or the environment; the defaults are the full run.
export interface BenchOptions {
  sizes: number[];
  durationSeconds: number;
  // Load on each endpoint before its measured window, not counted: the
  // figures are those of a server that has been running, not of its first second.
  warmUpSeconds: number;
  connections: number;
  coldRuns: number;
  coldSizes: number[];
  // Runs of Lighthouse, of which the median run is reported; 0 skips it.
  lighthouseRuns: number;
  startTimeoutMs: number;
}

export const defaultSizes = [101, 10_000, 100_000];

function sizeList(text: string, name: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name} must list whole numbers of actions, like 101,10000 (got "${text}")`);
  return sizes;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${value}")`);
  return n;
}

export function parseBenchOptions(env: Record<string, string | undefined>, args: readonly string[]): BenchOptions {
  const sizesText = args[0] ?? env.BENCH_SIZES;
  const sizes = sizesText ? sizeList(sizesText, 'BENCH_SIZES') : defaultSizes;
  const coldSizes = env.BENCH_COLD_SIZES ? sizeList(env.BENCH_COLD_SIZES, 'BENCH_COLD_SIZES') : [Math.min(...sizes)];
  return {
    sizes,
    durationSeconds: positive(env.BENCH_DURATION, 'BENCH_DURATION', 5),
    warmUpSeconds: positive(env.BENCH_WARM_UP, 'BENCH_WARM_UP', 1),
    connections: Math.round(positive(env.BENCH_CONNECTIONS, 'BENCH_CONNECTIONS', 10)),
    coldRuns: Math.round(positive(env.BENCH_COLD_RUNS, 'BENCH_COLD_RUNS', 15)),
    coldSizes: coldSizes.filter((size) => sizes.includes(size)),
    lighthouseRuns: env.BENCH_LIGHTHOUSE === '0' ? 0 : Math.round(positive(env.BENCH_LIGHTHOUSE_RUNS, 'BENCH_LIGHTHOUSE_RUNS', 5)),
    startTimeoutMs: positive(env.BENCH_START_TIMEOUT, 'BENCH_START_TIMEOUT', 600) * 1000,
  };
}
