// Turns measurements into the Markdown tables `npm run bench` prints (and
// the README shows), each figure marked against its target.
import type { LoadResult } from './http-load';
import { p99LimitMs, type ReadEndpoint } from './read-endpoints';

export interface LoadRow {
  endpoint: ReadEndpoint;
  actions: number;
  result: LoadResult;
}

export interface ExportRow {
  actions: number;
  status: number;
  bytes: number;
  ms: number;
  // The server's resident memory before the export and its peak during it.
  memory: { resident: number; peak: number } | null;
}

export interface ColdLoadRow {
  actions: number;
  staticMs: number;
  staticWithAppHeadersMs: number;
  matrixMs: number;
  chartMs: number;
  scriptBytesBeforeMatrix: number;
  runs: number;
}

const coldTargets = { matrixRatio: 2.5, chartRatio: 4, scriptBytes: 100_000 };

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)}` : '—');
const mark = (ok: boolean, text: string) => `${ok ? '✓' : '✗'} ${text}`;
const count = (n: number) => n.toLocaleString('en-US');

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const rule = headers.map((_, i) => (rightAligned.includes(i) ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// 404: the server lacks the endpoint; 0: it gave no answer at all.
export function unavailable(status: number): string {
  if (status === 404) return 'not available (404)';
  return status === 0 ? 'no answer' : `answered ${status}`;
}

export function loadVerdict({ endpoint, actions, result }: LoadRow): string {
  if (!result.available) return unavailable(result.status);
  const limit = p99LimitMs(actions);
  const verdicts = [mark(result.p99Ms <= limit, `p99 ≤ ${limit} ms`)];
  if (endpoint.maxBytes !== undefined) verdicts.push(mark(result.bytes <= endpoint.maxBytes, `≤ ${formatBytes(endpoint.maxBytes)}`));
  if (result.failures > 0) verdicts.push(`✗ ${count(result.failures)} failed requests`);
  return verdicts.join(', ');
}

export function loadTable(rows: readonly LoadRow[]): string {
  const cells = rows.map((row) => {
    const { result } = row;
    const figures = result.available
      ? [count(Math.round(result.requestsPerSecond)), ms(result.p50Ms), ms(result.p99Ms), formatBytes(result.bytes)]
      : ['—', '—', '—', '—'];
    return [row.endpoint.name, count(row.actions), ...figures, loadVerdict(row)];
  });
  return markdownTable(['endpoint', 'actions', 'req/s', 'p50 ms', 'p99 ms', 'response', 'target'], cells, [1, 2, 3, 4, 5]);
}

// The export is held to flat memory as the plan grows: its peak is shown per size.
export function exportTable(rows: readonly ExportRow[]): string {
  const cells = rows.map((row) =>
    row.status === 200
      ? [count(row.actions), formatBytes(row.bytes), ms(row.ms), ...(row.memory === null ? ['unknown', 'unknown'] : [formatBytes(row.memory.resident), formatBytes(row.memory.peak)])]
      : [count(row.actions), unavailable(row.status), '—', '—', '—'],
  );
  return markdownTable(['actions', 'CSV', 'time ms', 'server RSS before', 'peak RSS during'], cells, [0, 1, 2, 3, 4]);
}

export function coldLoadTable(rows: readonly ColdLoadRow[]): string {
  const cells = rows.flatMap((row) => {
    const matrixRatio = row.matrixMs / row.staticMs;
    const chartRatio = row.chartMs / row.staticMs;
    const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '—');
    const n = count(row.actions);
    return [
      [n, 'static 6×4 table painted', ms(row.staticMs), '1.0×', ''],
      [n, 'the same table behind the app’s response headers', ms(row.staticWithAppHeadersMs), ratio(row.staticWithAppHeadersMs / row.staticMs), 'for comparison'],
      [n, 'matrix painted', ms(row.matrixMs), ratio(matrixRatio), mark(matrixRatio <= coldTargets.matrixRatio, `≤ ${coldTargets.matrixRatio}×`)],
      [n, 'first chart painted', ms(row.chartMs), ratio(chartRatio), mark(chartRatio <= coldTargets.chartRatio, `≤ ${coldTargets.chartRatio}×`)],
      [
        n,
        'JavaScript on the wire before the matrix',
        formatBytes(row.scriptBytesBeforeMatrix),
        '',
        mark(row.scriptBytesBeforeMatrix <= coldTargets.scriptBytes, `≤ ${formatBytes(coldTargets.scriptBytes)}`),
      ],
    ];
  });
  return markdownTable(['actions', `cold load (median of ${rows[0]?.runs ?? 0})`, 'ms / bytes', 'ratio to static', 'target'], cells, [0, 2, 3]);
}
