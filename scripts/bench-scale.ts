// How Plan Tracker holds up as the plan grows: the real server on databases
// of 101, 10,000 and 100,000 actions under a bounded loopback load, cold
// loads in Chromium beside a static table, and Lighthouse. Prints Markdown.
//   tsx scripts/bench-scale.ts [sizes]   e.g. 101,10000 (or BENCH_SIZES);
//   BENCH_DURATION (s per endpoint), BENCH_CONNECTIONS, BENCH_COLD_RUNS,
//   BENCH_COLD_SIZES (default: the smallest size), BENCH_LIGHTHOUSE_RUNS
//   (default 5; BENCH_LIGHTHOUSE=0 skips Lighthouse).
import { availableParallelism } from 'node:os';
import { lastCompleteQuarter } from '../src/domain/quarters';
import { launchBrowser } from '../tests/e2e/browser';
import { ensureAppBuilt } from './bench/app-build';
import { benchDatabase } from './bench/bench-database';
import { parseBenchOptions, type BenchOptions } from './bench/bench-options';
import { coldLoadTable, exportTable, formatBytes, loadTable, loadVerdict, median, type ColdLoadRow, type ExportRow, type LoadRow } from './bench/bench-report';
import { startBenchServer, type BenchServer } from './bench/bench-server';
import { measureColdLoads } from './bench/cold-load';
import { fetchOnce, loadEndpoint, type LoadOptions } from './bench/http-load';
import { lighthouseLine, runLighthouse, type LighthouseResult } from './bench/lighthouse-run';
import { fullExport, readEndpoints, type ReadEndpoint } from './bench/read-endpoints';
import { serveStaticTable } from './bench/static-table-page';

const log = (line: string) => console.info(line);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const exportRuns = 3;

async function firstActionId(server: BenchServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.origin}/api/actions?page=1&pageSize=1`, { headers: { cookie } });
  const body = (await response.json()) as { items?: { id?: string }[] };
  const id = body.items?.[0]?.id;
  if (id === undefined) throw new Error(`GET /api/actions answered ${response.status} without an action`);
  return id;
}

// Run first, on a server that has served nothing else, so its memory before
// and its peak are the export's and not what earlier requests left behind.
async function measureExport(server: BenchServer, cookie: string, actions: number): Promise<ExportRow> {
  const before = server.memory();
  server.resetPeakMemory();
  const runs = [];
  for (let i = 0; i < exportRuns; i += 1) runs.push(await fetchOnce(`${server.origin}${fullExport.path}`, cookie));
  const last = runs[runs.length - 1] ?? { status: 0, bytes: 0 };
  const after = server.memory();
  const memory = before !== null && after !== null ? { resident: before.resident, peak: after.peak } : null;
  return { actions, status: last.status, bytes: last.bytes, ms: median(runs.map((r) => r.ms)), memory };
}

interface SizeResults {
  load: LoadRow[];
  // The same loads with no answer kept from an earlier request.
  afresh: LoadRow[];
  export: ExportRow[];
}

async function measureLoad(server: BenchServer, endpoint: ReadEndpoint, actions: number, cookie: string, options: LoadOptions): Promise<LoadRow> {
  let row: LoadRow;
  try {
    row = { endpoint, actions, result: await loadEndpoint(`${server.origin}${endpoint.path}`, cookie, options) };
  } catch (error) {
    // A server that falls over is a finding, not the end of the run.
    log(`  ${endpoint.name}: no answer (${errorText(error)})`);
    row = { endpoint, actions, result: { available: false, status: 0 } };
  }
  const { result } = row;
  const figures = result.available ? `${Math.round(result.requestsPerSecond)} req/s, p99 ${Number.isFinite(result.p99Ms) ? `${result.p99Ms} ms` : 'none answered'}; ` : '';
  log(`  ${endpoint.name}${options.everyRequestNew === true ? ', every request new' : ''}: ${figures}${loadVerdict(row)}`);
  return row;
}

async function benchSize(server: BenchServer, actions: number, options: BenchOptions): Promise<SizeResults> {
  const cookies = { board: await server.signIn('board'), admin: await server.signIn('admin') };
  const results: SizeResults = { load: [], afresh: [], export: [] };
  try {
    const row = await measureExport(server, cookies.board, actions);
    results.export.push(row);
    log(`  ${fullExport.name}: ${formatBytes(row.bytes)} in ${Math.round(row.ms)} ms, server peak RSS ${row.memory === null ? 'unknown' : formatBytes(row.memory.peak)}`);
  } catch (error) {
    log(`  ${fullExport.name}: no answer (${errorText(error)})`);
    results.export.push({ actions, status: 0, bytes: 0, ms: Number.NaN, memory: null });
  }
  const endpoints = readEndpoints({ actionId: await firstActionId(server, cookies.board), reviewQuarter: lastCompleteQuarter(new Date()) });
  for (const endpoint of endpoints) {
    const cookie = endpoint.role === 'admin' ? cookies.admin : cookies.board;
    const loadOptions = { ...options, settleUrl: `${server.origin}/api/health` };
    results.load.push(await measureLoad(server, endpoint, actions, cookie, loadOptions));
    results.afresh.push(await measureLoad(server, endpoint, actions, cookie, { ...loadOptions, everyRequestNew: true }));
  }
  return results;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.env, process.argv.slice(2));
  const today = new Date();
  const distDir = ensureAppBuilt(log);
  const load: LoadRow[] = [];
  const afresh: LoadRow[] = [];
  const exports: ExportRow[] = [];
  const cold: ColdLoadRow[] = [];
  let lighthouse: LighthouseResult | undefined;
  const notMeasured: string[] = [];
  const staticPage = await serveStaticTable();
  const staticPageWithAppHeaders = await serveStaticTable({ appHeaders: true });
  try {
    for (const actions of options.sizes) {
      try {
        const file = await benchDatabase(actions, today, log);
        log(`Server on ${actions.toLocaleString('en-US')} actions: ${options.connections} connections, ${options.durationSeconds} s per endpoint`);
        const server = await startBenchServer(file, distDir, options.startTimeoutMs);
        try {
          const results = await benchSize(server, actions, options);
          load.push(...results.load);
          afresh.push(...results.afresh);
          exports.push(...results.export);
          if (options.coldSizes.includes(actions)) {
            log(`  cold loads in Chromium (${options.coldRuns} of each)…`);
            const [name = '', value = ''] = (await server.signIn('board')).split('=');
            // Started now, not before the load: a browser left idle for minutes
            // while the load saturated the machine is not the browser a user
            // opens the app in (in one pair of runs it painted the matrix at
            // 2.6x the static table, against 2.2x started just before).
            const browser = await launchBrowser();
            try {
              cold.push(await measureColdLoads(browser, actions, { appUrl: `${server.origin}/`, staticUrl: staticPage.url, staticWithAppHeadersUrl: staticPageWithAppHeaders.url, cookie: { name, value }, runs: options.coldRuns, timeoutMs: 30_000 }));
            } finally {
              await browser.close();
            }
            if (options.lighthouseRuns > 0 && lighthouse === undefined) {
              log(`  Lighthouse (${options.lighthouseRuns} runs)…`);
              lighthouse = await runLighthouse(`${server.origin}/`, await server.signIn('board'), 180_000, options.lighthouseRuns);
            }
          }
        } finally {
          await server.stop();
        }
      } catch (error) {
        log(`  ${actions.toLocaleString('en-US')} actions not measured: ${errorText(error)}`);
        notMeasured.push(`${actions.toLocaleString('en-US')} actions: ${errorText(error)}`);
      }
    }
  } finally {
    await staticPage.close();
    await staticPageWithAppHeaders.close();
  }

  const lines = [
    '',
    `### Plan Tracker at scale (${today.toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version})`,
    '',
    `Loopback load: ${options.connections} connections, ${options.durationSeconds} s per endpoint after ${options.warmUpSeconds} s of warm-up; p99 target ≤ 50 ms up to 10,000 actions, ≤ 150 ms at 100,000.`,
    '',
    loadTable(load),
    '',
    'The same loads with every request sent to a URL of its own (a query parameter the server ignores), so that no answer the server kept from an earlier request serves it: what each request costs just after any change to the data.',
    '',
    loadTable(afresh),
    '',
    `Full CSV export (median of ${exportRuns}), memory held flat as the plan grows:`,
    '',
    exportTable(exports),
  ];
  if (cold.length > 0) {
    lines.push(
      '',
      'Cold loads of the overview in headless Chromium, fresh context each, beside a static 6×4 table:',
      '',
      coldLoadTable(cold),
      '',
      'The second row is the static table sent with the app’s own response headers (its Content-Security-Policy and the rest): their gap to the first row is what they cost any page, before the app’s own work.',
    );
  }
  if (lighthouse !== undefined) lines.push('', lighthouseLine(lighthouse));
  if (notMeasured.length > 0) lines.push('', 'Not measured:', ...notMeasured.map((line) => `- ${line}`));
  console.info(lines.join('\n'));
  if (notMeasured.length > 0) process.exitCode = 1;
}

await main();
