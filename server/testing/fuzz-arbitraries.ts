import fc from 'fast-check';
import { ActionPatch, NewAction, UpdateInput } from '../../src/contract/action-writes';
import { ActionFilters } from '../../src/contract/actions';
import { AuditFilters } from '../../src/contract/audit';
import { BenchmarkPatch, BenchmarkValueInput, NewBenchmark } from '../../src/contract/benchmark-writes';
import { BenchmarkFilters } from '../../src/contract/benchmarks';
import { focusAreaIds, priorityIds, statusIds, studentGroupIds } from '../../src/contract/ids';
import { SignIn } from '../../src/contract/session';
import { exportFormats, exportPath } from '../../src/contract/spreadsheet-export';
import { OverviewQuery } from '../../src/contract/overview';
import { ImportQuery, importKinds, xlsxMediaType } from '../../src/contract/spreadsheet-import';
import { StatusHistoryFilters } from '../../src/contract/status-history';
import { benchmarkCatalog } from '../../src/domain/sample/catalog';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';
import { sampleNewAction, sampleUpdate } from './route-samples';
import { accountOf } from './test-app';

// Requests drawn from the contract: its parameter and field names, valid
// values mixed with junk of every kind.

export interface FuzzRequest {
  path: string;
  body: string | undefined;
  contentType: string | undefined;
}

const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 2000, maxLength: 6000 }),
  fc.constant('x'.repeat(70_000)),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '%', '%00', '%E0%A4%A', '\u0000', '../..', '💥🏳️‍🌈', 'null', 'undefined', '-1', '0', '1e309', 'NaN', '__proto__', 'constructor', '9'.repeat(30)),
);

const quarter = fc.oneof(
  fc.tuple(fc.integer({ min: 2022, max: 2028 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.constantFrom('2026-Q3', '2023-Q3', '2027-Q2', '0000-Q1', '9999-Q4', '2025-Q0', '2025-Q5', '2025-q3'),
);
const schoolYear = fc.oneof(
  fc.integer({ min: 2021, max: 2028 }).map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`),
  fc.constantFrom('2025-27', '2099-00', '1999-00'),
);
// Mostly a few actions, so writes meet each other's versions (409s) too.
const actionNumber = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 130 }) });
const actionId = fc.oneof(actionNumber.map((n) => `a-${String(n).padStart(3, '0')}`), fc.constantFrom('a-9999', 'A-001'));
const benchmarkId = fc.constantFrom(...benchmarkCatalog.map((b) => b.id), 'no-such-benchmark');
const someOf = <T>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), junk);

// A value that fits a contract name (query parameter or body field) more often than not.
const validFor: Record<string, fc.Arbitrary<unknown>> = {
  priority: someOf(priorityIds),
  priorityId: someOf(priorityIds),
  focusArea: someOf(focusAreaIds),
  focusAreaId: someOf(focusAreaIds),
  status: someOf(statusIds),
  studentGroup: someOf(studentGroupIds),
  studentGroups: fc.oneof(fc.subarray([...studentGroupIds]), fc.array(junk, { maxLength: 3 }), fc.constant([...studentGroupIds, 'all-students'])),
  quarter,
  due: quarter,
  startQuarter: quarter,
  dueQuarter: quarter,
  sort: fc.constantFrom('title', '-status', 'dueQuarter', '-percentComplete', 'owner', '--title', ''),
  page: fc.oneof(fc.integer({ min: -2, max: 1_000_000_000_000 }).map(String), junk),
  pageSize: fc.oneof(fc.integer({ min: -2, max: 300 }).map(String), junk),
  limit: fc.oneof(fc.integer({ min: -2, max: 600 }).map(String), fc.constantFrom('1.5', '1e2', '0x10', 'Infinity')),
  entityType: fc.constantFrom('action', 'benchmark', 'user'),
  entityId: fc.oneof(actionId, benchmarkId),
  strategyId: fc.constantFrom(null, 'academic-benchmarks-1', 'wellness-2', 'teachers-leaders-9', ''),
  percentComplete: fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double()),
  version: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.double(), fc.constant(2 ** 53)),
  target: fc.oneof(fc.constant(null), fc.double(), fc.integer()),
  actual: fc.oneof(fc.constant(null), fc.double(), fc.integer()),
  email: fc.oneof(fc.constantFrom(...demoAccounts.map((a) => a.email), 'STAFF@example.org', 'nobody@example.org'), junk),
  password: fc.oneof(fc.constant(demoPassword), junk),
  dryRun: someOf(['true', 'false']),
};

const jsonJunk = fc.oneof(fc.jsonValue({ maxDepth: 4 }), junk, fc.constant(null), fc.boolean(), fc.double());
// Random names too (`constructor` among them): only the table's own entries count.
const ownEntry = <T>(table: Record<string, T>, name: string): T | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);
const valueFor = (name: string): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: ownEntry(validFor, name) ?? fc.string() }, { weight: 1, arbitrary: jsonJunk });

// The query parameters and body fields the contract names, for each route.
export const queryNames: Record<string, readonly string[]> = {
  'GET /api/actions': Object.keys(ActionFilters.shape),
  'GET /api/actions/:id': ['quarter'],
  ...Object.fromEntries(
    importKinds.flatMap((kind) => exportFormats.map((format) => [`GET ${exportPath(kind, format)}`, Object.keys((kind === 'benchmarks' ? BenchmarkFilters : ActionFilters).shape)])),
  ),
  'GET /api/status-history': Object.keys(StatusHistoryFilters.shape),
  'GET /api/overview': Object.keys(OverviewQuery.shape),
  'GET /api/benchmarks': Object.keys(BenchmarkFilters.shape),
  'GET /api/audit': Object.keys(AuditFilters.shape),
  'POST /api/import/:kind': Object.keys(ImportQuery.shape),
};

export const bodyNames: Record<string, readonly string[]> = {
  'POST /api/session': Object.keys(SignIn.shape),
  'POST /api/actions': Object.keys(NewAction.shape),
  'PATCH /api/actions/:id': Object.keys(ActionPatch.shape),
  'POST /api/actions/:id/updates': Object.keys(UpdateInput.shape),
  'PUT /api/benchmarks/:id/values/:schoolYear': Object.keys(BenchmarkValueInput.shape),
  'POST /api/benchmarks': Object.keys(NewBenchmark.shape),
  'PATCH /api/benchmarks/:id': Object.keys(BenchmarkPatch.shape),
};

function queryArbitrary(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof({ weight: 4, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.string() }, { weight: 1, arbitrary: fc.string() });
  // Repeated names allowed: the first value counts, on the server as in the mocks.
  const pairs = fc.array(name.chain((n) => fc.tuple(fc.constant(n), fc.oneof(valueFor(n).map(String), junk))), { maxLength: 6 });
  return fc.oneof(
    { weight: 5, arbitrary: pairs.map((list) => new URLSearchParams(list).toString()) },
    { weight: 1, arbitrary: fc.constantFrom('%', '&&&', '=', '==x', 'a=%E0%A4%A', 'priority=%00', 'q=%2525') },
  );
}

// A valid body of each write, for requests that differ from one in a field or two.
const validBodies: Record<string, Record<string, unknown>> = {
  'POST /api/session': accountOf('staff'),
  'POST /api/actions': sampleNewAction,
  'PATCH /api/actions/:id': { owner: 'Sam Ortiz', version: 1 },
  'POST /api/actions/:id/updates': sampleUpdate,
  'PUT /api/benchmarks/:id/values/:schoolYear': { target: 90, version: 1 },
};

function bodyArbitrary(names: readonly string[], valid: Record<string, unknown> = {}): fc.Arbitrary<string | undefined> {
  const fields = Object.fromEntries(names.map((n) => [n, valueFor(n)]));
  const nearlyValid = fc
    .subarray([...names], { maxLength: Math.min(2, names.length) })
    .chain((changed) => fc.record(Object.fromEntries(changed.map((n) => [n, valueFor(n)]))))
    .map((changes) => ({ ...valid, ...changes }));
  const contractShaped = fc.record(fields, { requiredKeys: [] });
  const withExtras = fc.tuple(contractShaped, fc.dictionary(fc.string(), jsonJunk, { maxKeys: 3 })).map(([known, extra]) => ({ ...extra, ...known }));
  const nested = fc.integer({ min: 1, max: 3000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
  return fc.oneof(
    { weight: 6, arbitrary: nearlyValid.map((v) => JSON.stringify(v)) },
    { weight: 4, arbitrary: contractShaped.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: withExtras.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: junk },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const contentType = fc.option(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/jsonp',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
  ),
  { nil: undefined, freq: 2 },
);

const segment = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 2, arbitrary: junk.filter((s) => s.length > 0 && s.length < 3000).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '..', '%2F', '%00', '.', 'a%20b') },
  );

const segmentFor: Record<string, fc.Arbitrary<string>> = {
  id: actionId,
  kind: fc.constantFrom(...importKinds, 'people'),
  quarter,
  schoolYear,
};

// The route's path with each `:param` drawn (a benchmark's id from the benchmarks).
function pathArbitrary(path: string): fc.Arbitrary<string> {
  const parts = path.split('/').map((part) => {
    if (!part.startsWith(':')) return fc.constant(part);
    const valid = path.startsWith('/api/benchmarks') && part === ':id' ? benchmarkId : (ownEntry(segmentFor, part.slice(1)) ?? fc.string());
    return segment(valid);
  });
  return fc.tuple(...parts).map((list) => list.join('/'));
}

// An import's body is a file: CSV text or a workbook's bytes, whatever the JSON around it.
const fileContentType = fc.oneof(contentType, fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'application/vnd.ms-excel', xlsxMediaType));

export function requestArbitrary(key: string): fc.Arbitrary<FuzzRequest> {
  const path = key.slice(key.indexOf(' ') + 1);
  const hasBody = !key.startsWith('GET ');
  return fc.record({
    path: fc.tuple(pathArbitrary(path), queryArbitrary(queryNames[key] ?? [])).map(([p, q]) => (q === '' ? p : `${p}?${q}`)),
    body: hasBody ? bodyArbitrary(bodyNames[key] ?? [], validBodies[key]) : fc.constant(undefined),
    contentType: hasBody ? (path.startsWith('/api/import/') ? fileContentType : contentType) : fc.constant(undefined),
  });
}
