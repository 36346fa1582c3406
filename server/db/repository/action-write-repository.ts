import type { Kysely } from 'kysely';
import type { Update } from '../../../src/contract/actions';
import type { ActionFields } from '../../../src/domain/action-writes';
import type { ActionRecord } from '../../../src/domain/action-record';
import { actionKeyColumns } from '../read-model/action-keys';
import { refreshActionStatus } from '../read-model/refresh-action-status';
import { replaceStudentGroups } from '../read-model/student-groups';
import type { Database } from '../schema';
import { toActionRow } from './action-repository';

// The action writes. Every statement is built by Kysely with bound values;
// callers run them inside one transaction with the audit row, and each write
// brings the read model in line in that same transaction.

export async function actionIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('actions').select('id').execute();
  return rows.map((row) => row.id);
}

// False when the id was taken meanwhile (the caller picks the next one).
export async function insertAction(db: Kysely<Database>, record: ActionRecord, now: string): Promise<boolean> {
  const result = await db
    .insertInto('actions')
    .values(toActionRow(record, now))
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  await replaceStudentGroups(db, record.id, record.studentGroups);
  await refreshActionStatus(db, record.id);
  return true;
}

// Writes the fields at the new version only if the row still has the version
// that was read; false when another write got there first.
export async function updateActionFields(
  db: Kysely<Database>,
  id: string,
  readVersion: number,
  fields: ActionFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('actions')
    .set({
      title: fields.title,
      description: fields.description,
      priority_id: fields.priorityId,
      focus_area_id: fields.focusAreaId,
      strategy_id: fields.strategyId,
      owner: fields.owner,
      start_quarter: fields.startQuarter,
      due_quarter: fields.dueQuarter,
      student_groups: JSON.stringify(fields.studentGroups),
      version: readVersion + 1,
      updated_at: now,
      ...actionKeyColumns({ id, ...fields }),
    })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replaceStudentGroups(db, id, fields.studentGroups);
  await refreshActionStatus(db, id);
  return true;
}

export async function bumpActionVersion(db: Kysely<Database>, id: string, readVersion: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('actions')
    .set({ version: readVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function upsertUpdate(db: Kysely<Database>, actionId: string, update: Update): Promise<void> {
  const values = {
    status: update.status,
    percent_complete: update.percentComplete,
    note: update.note,
    author: update.author,
    created_at: update.createdAt,
  };
  await db
    .insertInto('updates')
    .values({ action_id: actionId, quarter: update.quarter, ...values })
    .onConflict((oc) => oc.columns(['action_id', 'quarter']).doUpdateSet(values))
    .execute();
  await refreshActionStatus(db, actionId);
}
