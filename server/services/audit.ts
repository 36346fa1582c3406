import { AuditFilters, auditLimit, type AuditEntityType, type AuditList, type AuditOperation } from '../../src/contract/audit';
import type { SessionUser } from '../../src/contract/session';
import type { WriteResult } from '../../src/domain/write-result';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import type { StoreWrites } from '../store/store-writes';
import { parseInput } from './parse-input';

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
export async function recordAudit(trx: StoreWrites, context: WriteContext, record: AuditRecord): Promise<void> {
  await trx.insertAuditRow({ ...record, at: context.now.toISOString(), userId: context.user.id, userEmail: context.user.email });
}

export async function listAudit(store: Store, query: unknown): Promise<AuditList> {
  const { limit = auditLimit.default, page = 1, ...scope } = parseInput(AuditFilters, query, 'query parameter');
  return store.auditEntries(scope, { limit, offset: (page - 1) * limit });
}

// A refused write rule becomes the API's error; throwing inside the
// transaction rolls back whatever it had written.
export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new HttpError(result.error.code, result.error.message, result.error.fields);
  return result.value;
}

export function conflict(entity: 'action' | 'benchmark' | 'quarter' | 'summary' | 'account'): HttpError {
  return new HttpError(
    'conflict',
    `Someone else changed this ${entity} while you were saving. Nothing was saved: reload to see their changes, then make yours again.`,
  );
}
