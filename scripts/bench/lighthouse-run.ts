// Lighthouse 12.2.3 (the newest that runs on Node 20), mobile preset, on the
// signed-in overview: Debian's Chromium through chrome-launcher (CHROME_PATH),
// the session cookie sent as an extra header.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumPath } from '../../tests/e2e/browser';

export type LighthouseResult = { ran: true; performance: number; lcpMs: number } | { ran: false; why: string };

interface LighthouseReport {
  runtimeError?: { message?: string };
  categories?: { performance?: { score?: number | null } };
  audits?: Record<string, { numericValue?: number }>;
}

export async function runLighthouse(url: string, cookie: string, timeoutMs: number): Promise<LighthouseResult> {
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
    const score = report.categories?.performance?.score;
    const lcp = report.audits?.['largest-contentful-paint']?.numericValue;
    if (typeof score !== 'number' || lcp === undefined) return { ran: false, why: report.runtimeError?.message ?? 'no performance score in the report' };
    return { ran: true, performance: Math.round(score * 100), lcpMs: lcp };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ran: false, why: message.split('\n').slice(0, 3).join(' ') };
  }
}

export function lighthouseLine(result: LighthouseResult): string {
  if (!result.ran) return `Lighthouse 12.2.3 could not run: ${result.why}`;
  const ok = result.performance >= 90 ? '✓' : '✗';
  return `Lighthouse 12.2.3, mobile, overview signed in: performance ${result.performance} (${ok} target ≥ 90), LCP ${(result.lcpMs / 1000).toFixed(1)} s`;
}
