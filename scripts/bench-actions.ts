// How fast the action list answers with 10,000 actions: the shared domain
// code alone (what the mock API runs) and the real server in-process on an
// in-memory SQLite database (load + domain + JSON). Prints median and p95.
//   node_modules/.bin/tsx scripts/bench-actions.ts
import { performance } from 'node:perf_hooks';
import { ActionFilters } from '../src/contract/actions';
import { actionsCsv } from '../src/domain/actions-csv';
import { listActions, selectActions } from '../src/domain/list-actions';
import { pefPlan } from '../src/domain/pef-plan';
import { insertActionRecords } from '../server/db/repository/action-repository';
import { createTestApp, send, signIn } from '../server/testing/test-app';
import { manyActions } from '../tests/fixtures/many-actions';

const count = Number(process.env.BENCH_ACTIONS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const quarter = '2026-Q3';

const scenarios: Record<string, string> = {
  'first page, plan order': 'pageSize=50',
  'filtered + sorted page': 'status=at-risk&studentGroup=english-learners&sort=-dueQuarter&pageSize=50&page=2',
  'text search, sorted by title': 'q=tutoring&sort=title&pageSize=100',
  'deep page, sorted by owner': 'sort=-owner&pageSize=200&page=40',
};

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms`;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<string> {
  for (let i = 0; i < 3; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return stats(times);
}

const line = (name: string, result: string) => console.info(`  ${name.padEnd(44)} ${result}`);

async function main(): Promise<void> {
  let start = performance.now();
  const records = manyActions(count);
  console.info(`${count} actions, ${records.reduce((n, r) => n + r.updates.length, 0)} updates, built in ${(performance.now() - start).toFixed(0)} ms; ${runs} runs each\n`);

  console.info('Domain (listActions, as the mock API and the server run it):');
  for (const [name, query] of Object.entries(scenarios)) {
    const filters = ActionFilters.parse(Object.fromEntries(new URLSearchParams(query)));
    line(name, await time(() => listActions(records, filters, quarter, quarter)));
  }
  line('CSV of all rows (select + write)', await time(() => actionsCsv(selectActions(records, {}, quarter), pefPlan, quarter)));

  start = performance.now();
  const t = await createTestApp({ sampleData: false });
  await insertActionRecords(t.handle.db, records, new Date().toISOString());
  const cookie = await signIn(t.app, 'board');
  console.info(`\nServer in-process, SQLite in memory (loaded in ${(performance.now() - start).toFixed(0)} ms):`);
  const get = async (path: string) => {
    const response = await send(t.app, 'GET', path, { cookie });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return response.text();
  };
  for (const [name, query] of Object.entries(scenarios)) line(`GET /api/actions: ${name}`, await time(() => get(`/api/actions?${query}`)));
  line('GET /api/export/actions.csv (all)', await time(() => get('/api/export/actions.csv')));
  line('GET /api/actions?priority=wellness', await time(() => get('/api/actions?priority=wellness&pageSize=50')));
  const csvBytes = Buffer.byteLength(await get('/api/export/actions.csv'));
  console.info(`\nCSV of all ${count} actions: ${(csvBytes / 1024 / 1024).toFixed(1)} MB`);
  await t.close();
}

await main();
