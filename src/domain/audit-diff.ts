// What an audit entry changed, field by field, for a person to read:
// "owner: Dana Lee → Sam Ortiz". Nested records are followed to their
// leaves ("targets.2025-26: 80 → 85"); a list is one value, compared whole.

export type AuditChangeKind = 'added' | 'removed' | 'changed';

export interface AuditChange {
  // The path to the value, its parts joined with dots.
  readonly field: string;
  readonly kind: AuditChangeKind;
  // Undefined where the field did not exist.
  readonly before: unknown;
  readonly after: unknown;
}

type Snapshot = Readonly<Record<string, unknown>> | null;

// Bookkeeping every write moves, not a change a person made.
const ignoredFields = new Set(['version']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => Object.hasOwn(a, key) === Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

function collect(path: readonly string[], before: unknown, after: unknown, present: { before: boolean; after: boolean }, into: AuditChange[]): void {
  if (present.before && present.after && sameValue(before, after)) return;
  // A record that appeared or went is listed leaf by leaf, like one that changed.
  const from = isRecord(before) ? before : present.before ? null : {};
  const to = isRecord(after) ? after : present.after ? null : {};
  if (from !== null && to !== null && (isRecord(before) || isRecord(after))) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    for (const key of keys) collect([...path, key], from[key], to[key], { before: Object.hasOwn(from, key), after: Object.hasOwn(to, key) }, into);
    return;
  }
  const kind: AuditChangeKind = !present.before ? 'added' : !present.after ? 'removed' : 'changed';
  into.push({ field: path.join('.'), kind, before: present.before ? before : undefined, after: present.after ? after : undefined });
}

const withoutBookkeeping = (snapshot: Snapshot): Record<string, unknown> =>
  Object.fromEntries(Object.entries(snapshot ?? {}).filter(([key]) => !ignoredFields.has(key)));

// Every changed leaf, in the order of its path. Null before a creation (or
// after a removal) counts as a record with no fields.
export function auditChanges(before: Snapshot, after: Snapshot): AuditChange[] {
  const changes: AuditChange[] = [];
  collect([], withoutBookkeeping(before), withoutBookkeeping(after), { before: true, after: true }, changes);
  return changes;
}

// An instant as the API writes it ("2026-10-08T17:00:00.000Z"); the audit
// screen's times are all in UTC, so it is written in UTC too.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;
const utcDateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

// A value as the audit screen writes it.
export function formatAuditValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (value === null) return '(empty)';
  if (value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && isoInstant.test(value) && !Number.isNaN(Date.parse(value))) return `${utcDateTime.format(new Date(value))} UTC`;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatAuditValue).join(', ');
  return JSON.stringify(value);
}

// "owner: Dana Lee → Sam Ortiz", "note: On track (added)", "strategyId: wellness-2 (removed)";
// `label` names a field in words ("Owner") where the screen knows it.
export function describeAuditChange(change: AuditChange, label: (field: string) => string = (field) => field): string {
  const field = label(change.field);
  if (change.kind === 'added') return `${field}: ${formatAuditValue(change.after)} (added)`;
  if (change.kind === 'removed') return `${field}: ${formatAuditValue(change.before)} (removed)`;
  return `${field}: ${formatAuditValue(change.before)} → ${formatAuditValue(change.after)}`;
}
