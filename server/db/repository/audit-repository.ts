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

// Newest first, with the count of every matching entry.
export async function loadAuditEntries(db: Kysely<Database>, scope: AuditScope, limit: number): Promise<{ items: AuditEntry[]; total: number }> {
  let rows = db.selectFrom('audit');
  if (scope.entityType) rows = rows.where('entity_type', '=', scope.entityType);
  if (scope.entityId) rows = rows.where('entity_id', '=', scope.entityId);
  const [items, count] = await Promise.all([
    rows.selectAll().orderBy('seq', 'desc').limit(limit).execute(),
    rows.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
  ]);
  return { items: items.map(toEntry), total: Number(count?.total ?? 0) };
}
