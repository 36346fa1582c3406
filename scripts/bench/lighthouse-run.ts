// Lighthouse 12.2.3 (the newest that runs on Node 20), mobile preset, on the
// signed-in overview: Debian's Chromium through chrome-launcher (CHROME_PATH),
// the session cookie sent as an extra header. One run's score moves by ten
// points on an unchanged page here (its total blocking time is four times the
// main thread's long tasks, which move with the machine), so it runs several
// times and reports the run Lighthouse's own computeMedianRun picks, as its
// documentation on variability advises (docs/variability.md).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { chromiumPath } from '../../tests/e2e/browser';

export interface LighthouseReport {
  runtimeError?: { message?: string };
  categories?: { performance?: { score?: number | null } };
  audits?: Record<string, { numericValue?: number }>;
}

export type LighthouseResult =
  | { ran: true; performance: number; lcpMs: number; scores: number[]; failures: string[] }
  | { ran: false; why: string };

const score = (report: LighthouseReport): number | undefined => {
  const value = report.categories?.performance?.score;
  return typeof value === 'number' ? Math.round(value * 100) : undefined;
};

async function runOnce(url: string, cookie: string, timeoutMs: number): Promise<LighthouseReport | string> {
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];
  try {
    const { stdout } = await promisify(execFile)(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        `--chrome-flags=${flags.join(' ')}`,
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as LighthouseReport;
    return score(report) === undefined ? (report.runtimeError?.message ?? 'no performance score in the report') : report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n').slice(0, 3).join(' ');
  }
}

// The run nearest the median first contentful paint and time to interactive
// (Lighthouse's choice, not the median score: a score can be an outlier of a
// run that is otherwise typical); every run's score beside it.
export function medianLighthouseRun(reports: readonly LighthouseReport[], failures: readonly string[]): LighthouseResult {
  const valid: LighthouseReport[] = filterToValidRuns([...reports]);
  if (valid.length === 0) return { ran: false, why: failures[0] ?? 'no run had a first paint and a time to interactive' };
  const median: LighthouseReport = computeMedianRun(valid);
  return {
    ran: true,
    performance: score(median) ?? Number.NaN,
    lcpMs: median.audits?.['largest-contentful-paint']?.numericValue ?? Number.NaN,
    scores: valid.map((report) => score(report) ?? Number.NaN),
    failures: [...failures],
  };
}

export async function runLighthouse(url: string, cookie: string, timeoutMs: number, runs: number): Promise<LighthouseResult> {
  const reports: LighthouseReport[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await runOnce(url, cookie, timeoutMs);
    if (typeof result === 'string') failures.push(result);
    else reports.push(result);
  }
  return medianLighthouseRun(reports, failures);
}

export function lighthouseLine(result: LighthouseResult): string {
  if (!result.ran) return `Lighthouse 12.2.3 could not run: ${result.why}`;
  const ok = result.performance >= 90 ? '✓' : '✗';
  const runs = result.scores.length;
  const failed = result.failures.length > 0 ? ` (${result.failures.length} more failed: ${result.failures[0]})` : '';
  const chosen = runs === 1 ? 'one run' : `the median of ${runs} runs (Lighthouse's computeMedianRun), which scored ${result.scores.join(', ')}`;
  return `Lighthouse 12.2.3, mobile, overview signed in, ${chosen}${failed}: performance ${result.performance} (${ok} target ≥ 90), LCP ${(result.lcpMs / 1000).toFixed(1)} s`;
}
