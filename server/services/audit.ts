import type { Kysely } from 'kysely';
import type { AuditEntityType, AuditFilters, AuditList, AuditOperation } from '../../src/contract/audit';
import { auditLimit } from '../../src/contract/audit';
import type { SessionUser } from '../../src/contract/session';
import type { WriteResult } from '../../src/domain/write-result';
import { insertAuditRow, loadAuditEntries } from '../db/repository/audit-repository';
import type { Database } from '../db/schema';
import { HttpError } from '../http/http-error';

// Who makes a write and when, as the audit log records it.
export interface WriteContext {
  readonly user: SessionUser;
  readonly now: Date;
}

export interface AuditRecord {
  operation: AuditOperation;
  entityType: AuditEntityType;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

// Called inside the write's own transaction: the change and its audit row
// are committed together or not at all.
export async function recordAudit(trx: Kysely<Database>, context: WriteContext, record: AuditRecord): Promise<void> {
  await insertAuditRow(trx, { ...record, at: context.now.toISOString(), userId: context.user.id, userEmail: context.user.email });
}

export async function listAudit(db: Kysely<Database>, filters: AuditFilters): Promise<AuditList> {
  return loadAuditEntries(db, filters, filters.limit ?? auditLimit.default);
}

// A refused write rule becomes the API's error; throwing inside the
// transaction rolls back whatever it had written.
export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new HttpError(result.error.code, result.error.message, result.error.fields);
  return result.value;
}

export function conflict(entity: 'action' | 'benchmark'): HttpError {
  return new HttpError(
    'conflict',
    `Someone else changed this ${entity} while you were saving. Nothing was saved: reload to see their changes, then make yours again.`,
  );
}
