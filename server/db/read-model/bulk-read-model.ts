import type { Kysely } from 'kysely';
import type { FocusAreaId, PriorityId, StatusId, StudentGroupId } from '../../../src/contract/ids';
import type { Update } from '../../../src/contract/actions';
import type { Database } from '../schema';
import { actionKeyColumns } from './action-keys';
import { planQuarters } from './plan-quarters';
import { recountStatuses } from './status-count-deltas';
import { statusRows, type StatusSource } from './status-rows';

// Rows per insert statement: well under both engines' limits on bound values.
const rowsPerInsert = 500;

export async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerInsert) await write(rows.slice(start, start + rowsPerInsert));
}

export interface ReadModelSource extends StatusSource {
  readonly studentGroups: readonly StudentGroupId[];
}

async function insertReadModelRows(db: Kysely<Database>, actions: readonly ReadModelSource[], quarters: readonly string[]): Promise<void> {
  await inChunks(
    actions.flatMap((action) => statusRows(action, quarters)),
    (chunk) => db.insertInto('action_status').values(chunk).execute(),
  );
  await inChunks(
    actions.flatMap((action) => [...new Set(action.studentGroups)].map((group) => ({ action_id: action.id, student_group_id: group }))),
    (chunk) => db.insertInto('action_student_groups').values(chunk).execute(),
  );
}

// The read model of actions just loaded in bulk (seeding), from the records
// in hand rather than read back one by one; then the counts are taken again.
export async function writeReadModelOf(db: Kysely<Database>, actions: readonly ReadModelSource[]): Promise<void> {
  await insertReadModelRows(db, actions, await planQuarters(db));
  await recountStatuses(db);
}

// The read model of actions an import wrote, new or replaced, from the
// records in hand; then the counts are taken again, once for the whole import.
export async function replaceReadModelOf(db: Kysely<Database>, actions: readonly ReadModelSource[]): Promise<void> {
  await inChunks(actions, async (chunk) => {
    const ids = chunk.map((action) => action.id);
    await db.deleteFrom('action_status').where('action_id', 'in', ids).execute();
    await db.deleteFrom('action_student_groups').where('action_id', 'in', ids).execute();
  });
  await writeReadModelOf(db, actions);
}

const actionsPerBatch = 500;

type StoredUpdate = Pick<Update, 'quarter' | 'status' | 'percentComplete' | 'note'>;

async function updatesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, StoredUpdate[]>> {
  const rows = await db
    .selectFrom('updates')
    .select(['action_id', 'quarter', 'status', 'percent_complete', 'note'])
    .where('action_id', 'in', ids)
    .execute();
  const byAction = new Map<string, StoredUpdate[]>();
  for (const u of rows) {
    const list = byAction.get(u.action_id) ?? [];
    list.push({ quarter: u.quarter, status: u.status as StatusId, percentComplete: u.percent_complete, note: u.note });
    byAction.set(u.action_id, list);
  }
  return byAction;
}

// Builds the whole read model, keys included, from the stored actions and
// updates, a batch of actions at a time: what a migration runs on an
// existing database.
export async function rebuildReadModel(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('action_status').execute();
  await db.deleteFrom('action_student_groups').execute();
  const quarters = await planQuarters(db);
  let after = '';
  for (;;) {
    const batch = await db
      .selectFrom('actions')
      .select(['id', 'title', 'description', 'priority_id', 'focus_area_id', 'strategy_id', 'owner', 'start_quarter', 'due_quarter', 'student_groups'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(actionsPerBatch)
      .execute();
    const last = batch.at(-1);
    if (last === undefined) break;
    const updates = await updatesOf(db, batch.map((row) => row.id));
    const sources: ReadModelSource[] = [];
    for (const row of batch) {
      const placed = {
        id: row.id,
        title: row.title,
        priorityId: row.priority_id as PriorityId,
        focusAreaId: row.focus_area_id as FocusAreaId,
        startQuarter: row.start_quarter,
        dueQuarter: row.due_quarter,
      };
      const keys = actionKeyColumns({ ...placed, description: row.description, strategyId: row.strategy_id, owner: row.owner });
      await db.updateTable('actions').set(keys).where('id', '=', row.id).execute();
      sources.push({ ...placed, studentGroups: JSON.parse(row.student_groups) as StudentGroupId[], updates: updates.get(row.id) ?? [] });
    }
    await insertReadModelRows(db, sources, quarters);
    after = last.id;
  }
  await recountStatuses(db);
}
