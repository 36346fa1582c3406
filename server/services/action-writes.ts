import type { ActionPatch, NewAction, UpdateInput } from '../../src/contract/action-writes';
import type { ActionDetail } from '../../src/contract/actions';
import type { Plan } from '../../src/contract/plan';
import { actionDetailAsOf, type ActionRecord } from '../../src/domain/action-record';
import { actionFieldsOf, actionSnapshot, createActionRecord, editActionRecord, nextActionId } from '../../src/domain/action-writes';
import { applyUpdate } from '../../src/domain/update-writes';
import { defaultAsOfQuarter, isCorrection, lockedQuarterProblem, publicationsOf } from '../../src/domain/reporting-periods';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import type { StoreWrites } from '../store/store-writes';
import { conflict, recordAudit, unwrap, type WriteContext } from './audit';

// Each write is one transaction with its audit row; a refused write throws
// inside it, so nothing of it stays.

async function detailOf(trx: StoreWrites, plan: Plan, record: ActionRecord, now: Date): Promise<ActionDetail> {
  const [latest, publications] = await Promise.all([trx.latestReportedQuarter(), trx.reporting.publications()]);
  return actionDetailAsOf(record, defaultAsOfQuarter(plan.period, now, publicationsOf(publications)), latest);
}

async function requireAction(trx: StoreWrites, id: string): Promise<ActionRecord> {
  const record = await trx.actionRecord(id);
  if (record === undefined) throw new HttpError('not_found', `No action has the id "${id}".`);
  return record;
}

export async function createAction(store: Store, plan: Plan, context: WriteContext, input: NewAction): Promise<ActionDetail> {
  return store.transaction(async (trx) => {
    const now = context.now.toISOString();
    // The next free number; if a concurrent create took it, the next after that.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const record = unwrap(createActionRecord(plan, input, nextActionId(await trx.actionIds())));
      if (!(await trx.insertAction(record, now))) continue;
      await recordAudit(trx, context, { operation: 'create-action', entityType: 'action', entityId: record.id, before: null, after: actionSnapshot(record) });
      return detailOf(trx, plan, record, context.now);
    }
    throw new HttpError('internal', 'Could not find a free id for the new action. Try again.');
  });
}

export async function editAction(store: Store, plan: Plan, context: WriteContext, id: string, patch: ActionPatch): Promise<ActionDetail> {
  return store.transaction(async (trx) => {
    const current = await requireAction(trx, id);
    const { record, changed } = unwrap(editActionRecord(plan, current, patch));
    if (changed.length === 0) return detailOf(trx, plan, record, context.now);
    if (!(await trx.updateActionFields(id, current.version, actionFieldsOf(record), context.now.toISOString()))) throw conflict('action');
    await recordAudit(trx, context, {
      operation: 'edit-action',
      entityType: 'action',
      entityId: id,
      before: actionSnapshot(current, changed),
      after: actionSnapshot(record, changed),
    });
    return detailOf(trx, plan, record, context.now);
  });
}

export async function addUpdate(
  store: Store,
  plan: Plan,
  context: WriteContext,
  id: string,
  input: UpdateInput,
): Promise<{ detail: ActionDetail; created: boolean }> {
  return store.transaction(async (trx) => {
    const current = await requireAction(trx, id);
    const rows = await trx.reporting.publications();
    const publications = publicationsOf(rows);
    // A published quarter, and every quarter its figures carry, is locked.
    const locked = lockedQuarterProblem(input.quarter, publications);
    if (locked !== null) throw new HttpError('bad_request', `Invalid request body: quarter`, { quarter: locked });
    const { record, update, replaced } = unwrap(applyUpdate(plan.period, current, input, context.user.name, context.now));
    if (!(await trx.bumpActionVersion(id, current.version, context.now.toISOString()))) throw conflict('action');
    await trx.upsertUpdate(id, update);
    if (isCorrection(input.quarter, publications)) {
      // After publishing, a change is a revision the quarter's report lists, with the reason it was reopened.
      const reason = rows.find((row) => row.quarter === input.quarter)?.reopenReason ?? '';
      await trx.reporting.insertRevision({
        actionId: id,
        quarter: input.quarter,
        before: replaced,
        after: update,
        revisedAt: context.now.toISOString(),
        revisedBy: context.user.name,
        reason,
      });
    }
    await recordAudit(trx, context, {
      operation: replaced === null ? 'add-update' : 'replace-update',
      entityType: 'action',
      entityId: id,
      before: replaced === null ? null : { ...replaced, version: current.version },
      after: { ...update, version: record.version },
    });
    return { detail: await detailOf(trx, plan, record, context.now), created: replaced === null };
  });
}
