import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Update } from '../../../src/contract/actions';
import type { FocusAreaId, PriorityId, StatusId, StudentGroupId } from '../../../src/contract/ids';
import type { ActionRecord } from '../../../src/domain/action-record';
import { actionKeyColumns } from '../read-model/action-keys';
import { writeReadModelOf } from '../read-model/bulk-read-model';
import type { ActionTable, Database, UpdateTable } from '../schema';

export interface ActionScope {
  priority?: PriorityId | undefined;
  focusArea?: FocusAreaId | undefined;
}

export function toUpdate(row: Selectable<UpdateTable>): Update {
  return {
    quarter: row.quarter,
    status: row.status as StatusId,
    percentComplete: row.percent_complete,
    note: row.note,
    author: row.author,
    createdAt: row.created_at,
  };
}

export type ActionRecordRow = Pick<
  Selectable<ActionTable>,
  | 'id' | 'title' | 'description' | 'priority_id' | 'focus_area_id' | 'strategy_id' | 'owner'
  | 'start_quarter' | 'due_quarter' | 'student_groups' | 'version' | 'sample'
>;

// An action's own columns as the contract names them. Callers add their
// fields with Object.assign: a list page maps fifty of these, and spreading
// this object into a new literal cost thirty times as long and six times the
// memory (V8 copies an object of this many fields on its slow path).
export function actionFields(row: ActionRecordRow): Omit<ActionRecord, 'updates'> {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priorityId: row.priority_id as PriorityId,
    focusAreaId: row.focus_area_id as FocusAreaId,
    strategyId: row.strategy_id,
    owner: row.owner,
    startQuarter: row.start_quarter,
    dueQuarter: row.due_quarter,
    studentGroups: JSON.parse(row.student_groups) as StudentGroupId[],
    version: row.version,
    sample: row.sample === 1,
  };
}

export function toRecord(row: ActionRecordRow, updates: Update[]): ActionRecord {
  return Object.assign(actionFields(row), { updates });
}

// Actions with all their updates, narrowed by priority and focus area in SQL;
// the finer filters are the domain's, shared with the mock API.
export async function loadActionRecords(db: Kysely<Database>, scope: ActionScope = {}): Promise<ActionRecord[]> {
  let actions = db.selectFrom('actions').selectAll();
  if (scope.priority) actions = actions.where('priority_id', '=', scope.priority);
  if (scope.focusArea) actions = actions.where('focus_area_id', '=', scope.focusArea);
  let updates = db.selectFrom('updates').innerJoin('actions', 'actions.id', 'updates.action_id').selectAll('updates');
  if (scope.priority) updates = updates.where('actions.priority_id', '=', scope.priority);
  if (scope.focusArea) updates = updates.where('actions.focus_area_id', '=', scope.focusArea);
  const [actionRows, updateRows] = await Promise.all([actions.orderBy('id').execute(), updates.execute()]);
  const byAction = updatesByAction(updateRows);
  return actionRows.map((row) => toRecord(row, byAction.get(row.id) ?? []));
}

function updatesByAction(rows: readonly Selectable<UpdateTable>[]): Map<string, Update[]> {
  const byAction = new Map<string, Update[]>();
  for (const row of rows) {
    const list = byAction.get(row.action_id) ?? [];
    list.push(toUpdate(row));
    byAction.set(row.action_id, list);
  }
  return byAction;
}

// The updates of a few actions (a page of an export), by action.
export async function loadUpdatesOf(db: Kysely<Database>, actionIds: readonly string[]): Promise<Map<string, Update[]>> {
  if (actionIds.length === 0) return new Map();
  return updatesByAction(await db.selectFrom('updates').selectAll().where('action_id', 'in', actionIds).execute());
}

export async function loadActionRecord(db: Kysely<Database>, id: string): Promise<ActionRecord | undefined> {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const updates = await db.selectFrom('updates').selectAll().where('action_id', '=', id).execute();
  return toRecord(row, updates.map(toUpdate));
}

// How many actions the plan has, whatever the list's filters.
export async function countActions(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('actions').select((eb) => eb.fn.countAll<number | string | bigint>().as('count')).executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function latestReportedQuarter(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('updates').select((eb) => eb.fn.max('quarter').as('latest')).executeTakeFirst();
  return row?.latest ?? null;
}

// The actions row of a record, as both seeding and creating an action write it.
export function toUpdateRow(actionId: string, u: Update): Insertable<UpdateTable> {
  return {
    action_id: actionId,
    quarter: u.quarter,
    status: u.status,
    percent_complete: u.percentComplete,
    note: u.note,
    author: u.author,
    created_at: u.createdAt,
  };
}

export function toActionRow(record: ActionRecord, now: string): Insertable<ActionTable> {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    priority_id: record.priorityId,
    focus_area_id: record.focusAreaId,
    strategy_id: record.strategyId,
    owner: record.owner,
    start_quarter: record.startQuarter,
    due_quarter: record.dueQuarter,
    student_groups: JSON.stringify(record.studentGroups),
    version: record.version,
    sample: record.sample ? 1 : 0,
    created_at: now,
    updated_at: now,
    ...actionKeyColumns(record),
  };
}

export async function insertActionRecords(db: Kysely<Database>, records: readonly ActionRecord[], now: string): Promise<void> {
  for (const record of records) {
    await db.insertInto('actions').values(toActionRow(record, now)).execute();
    if (record.updates.length > 0) {
      await db
        .insertInto('updates')
        .values(record.updates.map((u) => toUpdateRow(record.id, u)))
        .execute();
    }
  }
  await writeReadModelOf(db, records);
}
