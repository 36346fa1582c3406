import type { Kysely } from 'kysely';
import type { ActionPatch, NewAction, UpdateInput } from '../../src/contract/action-writes';
import type { ActionDetail } from '../../src/contract/actions';
import type { Plan } from '../../src/contract/plan';
import { actionDetailAsOf, type ActionRecord } from '../../src/domain/action-record';
import { actionFieldsOf, actionSnapshot, createActionRecord, editActionRecord, nextActionId } from '../../src/domain/action-writes';
import { applyUpdate } from '../../src/domain/update-writes';
import { latestReportedQuarter, loadActionRecord } from '../db/repository/action-repository';
import { actionIds, bumpActionVersion, insertAction, updateActionFields, upsertUpdate } from '../db/repository/action-write-repository';
import type { Database } from '../db/schema';
import { HttpError } from '../http/http-error';
import { conflict, recordAudit, unwrap, type WriteContext } from './audit';

// Each write is one transaction with its audit row; a refused write throws
// inside it, so nothing of it stays.

async function detailOf(trx: Kysely<Database>, plan: Plan, record: ActionRecord): Promise<ActionDetail> {
  const latest = await latestReportedQuarter(trx);
  return actionDetailAsOf(record, latest ?? plan.period.startQuarter, latest);
}

async function requireAction(trx: Kysely<Database>, id: string): Promise<ActionRecord> {
  const record = await loadActionRecord(trx, id);
  if (record === undefined) throw new HttpError('not_found', `No action has the id "${id}".`);
  return record;
}

export async function createAction(db: Kysely<Database>, plan: Plan, context: WriteContext, input: NewAction): Promise<ActionDetail> {
  return db.transaction().execute(async (trx) => {
    const now = context.now.toISOString();
    // The next free number; if a concurrent create took it, the next after that.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const record = unwrap(createActionRecord(plan, input, nextActionId(await actionIds(trx))));
      if (!(await insertAction(trx, record, now))) continue;
      await recordAudit(trx, context, { operation: 'create-action', entityType: 'action', entityId: record.id, before: null, after: actionSnapshot(record) });
      return detailOf(trx, plan, record);
    }
    throw new HttpError('internal', 'Could not find a free id for the new action. Try again.');
  });
}

export async function editAction(db: Kysely<Database>, plan: Plan, context: WriteContext, id: string, patch: ActionPatch): Promise<ActionDetail> {
  return db.transaction().execute(async (trx) => {
    const current = await requireAction(trx, id);
    const { record, changed } = unwrap(editActionRecord(plan, current, patch));
    if (changed.length === 0) return detailOf(trx, plan, record);
    if (!(await updateActionFields(trx, id, current.version, actionFieldsOf(record), context.now.toISOString()))) throw conflict('action');
    await recordAudit(trx, context, {
      operation: 'edit-action',
      entityType: 'action',
      entityId: id,
      before: actionSnapshot(current, changed),
      after: actionSnapshot(record, changed),
    });
    return detailOf(trx, plan, record);
  });
}

export async function addUpdate(
  db: Kysely<Database>,
  plan: Plan,
  context: WriteContext,
  id: string,
  input: UpdateInput,
): Promise<{ detail: ActionDetail; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const current = await requireAction(trx, id);
    const { record, update, replaced } = unwrap(applyUpdate(plan.period, current, input, context.user.name, context.now));
    if (!(await bumpActionVersion(trx, id, current.version, context.now.toISOString()))) throw conflict('action');
    await upsertUpdate(trx, id, update);
    await recordAudit(trx, context, {
      operation: replaced === null ? 'add-update' : 'replace-update',
      entityType: 'action',
      entityId: id,
      before: replaced === null ? null : { ...replaced, version: current.version },
      after: { ...update, version: record.version },
    });
    return { detail: await detailOf(trx, plan, record), created: replaced === null };
  });
}
