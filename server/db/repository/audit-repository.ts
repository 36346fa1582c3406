import type { Kysely, Selectable } from 'kysely';
import type { AuditEntityType, AuditEntry, AuditOperation } from '../../../src/contract/audit';
import type { AuditTable, Database } from '../schema';

export interface NewAuditRow {
  at: string;
  userId: string | null;
  userEmail: string;
  operation: AuditOperation;
  entityType: AuditEntityType;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditScope {
  entityType?: AuditEntityType | undefined;
  entityId?: string | undefined;
  operation?: AuditOperation | undefined;
  userEmail?: string | undefined;
  // Calendar days in UTC, both included.
  from?: string | undefined;
  to?: string | undefined;
}

// The scope's days as bounds on the entries' ISO times: since the start of
// `from`, before the start of the day after `to`.
function timeBounds({ from, to }: AuditScope): { since?: string; before?: string } {
  const dayAfter = to === undefined ? undefined : new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
  return { ...(from === undefined ? {} : { since: `${from}T00:00:00.000Z` }), ...(dayAfter === undefined ? {} : { before: dayAfter }) };
}

// The same test as the SQL below, for the in-memory store.
export function auditEntryMatches(scope: AuditScope): (entry: AuditEntry) => boolean {
  const { since, before } = timeBounds(scope);
  const email = scope.userEmail?.toLowerCase();
  return (entry) =>
    (scope.entityType === undefined || entry.entityType === scope.entityType) &&
    (scope.entityId === undefined || entry.entityId === scope.entityId) &&
    (scope.operation === undefined || entry.operation === scope.operation) &&
    (email === undefined || entry.userEmail === email) &&
    (since === undefined || entry.at >= since) &&
    (before === undefined || entry.at < before);
}

export interface AuditPage {
  limit: number;
  offset: number;
}

export async function insertAuditRow(db: Kysely<Database>, row: NewAuditRow): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      at: row.at,
      user_id: row.userId,
      user_email: row.userEmail,
      operation: row.operation,
      entity_type: row.entityType,
      entity_id: row.entityId,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

function toEntry(row: Selectable<AuditTable>): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    userEmail: row.user_email,
    operation: row.operation as AuditOperation,
    entityType: row.entity_type as AuditEntityType,
    entityId: row.entity_id,
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
  };
}

// One page, newest first, with the count of every matching entry.
export async function loadAuditEntries(db: Kysely<Database>, scope: AuditScope, page: AuditPage): Promise<{ items: AuditEntry[]; total: number }> {
  const { since, before } = timeBounds(scope);
  let rows = db.selectFrom('audit');
  if (scope.entityType) rows = rows.where('entity_type', '=', scope.entityType);
  if (scope.entityId) rows = rows.where('entity_id', '=', scope.entityId);
  if (scope.operation) rows = rows.where('operation', '=', scope.operation);
  if (scope.userEmail) rows = rows.where('user_email', '=', scope.userEmail.toLowerCase());
  if (since) rows = rows.where('at', '>=', since);
  if (before) rows = rows.where('at', '<', before);
  const [items, count] = await Promise.all([
    rows.selectAll().orderBy('seq', 'desc').limit(page.limit).offset(page.offset).execute(),
    rows.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
  ]);
  return { items: items.map(toEntry), total: Number(count?.total ?? 0) };
}
