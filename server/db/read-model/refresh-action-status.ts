import type { Kysely } from 'kysely';
import type { FocusAreaId, PriorityId, StatusId } from '../../../src/contract/ids';
import type { Database } from '../schema';
import { planQuarters } from './plan-quarters';
import { applyStatusCountDeltas } from './status-count-deltas';
import { statusRows } from './status-rows';

// Recomputes one action's status rows from its stored updates, and the
// counts they feed. Called in the transaction of every write that can change
// them: a new or replaced update, a new action, an edited one.
export async function refreshActionStatus(db: Kysely<Database>, actionId: string): Promise<void> {
  const action = await db
    .selectFrom('actions')
    .select(['title', 'priority_id', 'focus_area_id', 'start_quarter', 'due_quarter'])
    .where('id', '=', actionId)
    .executeTakeFirst();
  const before = await db
    .selectFrom('action_status')
    .select(['quarter', 'priority_id', 'focus_area_id', 'status', 'from_status', 'overdue', 'unreported'])
    .where('action_id', '=', actionId)
    .execute();
  await db.deleteFrom('action_status').where('action_id', '=', actionId).execute();
  if (action === undefined) {
    await applyStatusCountDeltas(db, before, []);
    return;
  }
  const updates = await db
    .selectFrom('updates')
    .select(['quarter', 'status', 'percent_complete', 'note'])
    .where('action_id', '=', actionId)
    .execute();
  const after = statusRows(
    {
      id: actionId,
      title: action.title,
      priorityId: action.priority_id as PriorityId,
      focusAreaId: action.focus_area_id as FocusAreaId,
      startQuarter: action.start_quarter,
      dueQuarter: action.due_quarter,
      updates: updates.map((u) => ({ quarter: u.quarter, status: u.status as StatusId, percentComplete: u.percent_complete, note: u.note })),
    },
    await planQuarters(db),
  );
  if (after.length > 0) await db.insertInto('action_status').values(after).execute();
  await applyStatusCountDeltas(db, before, after);
}
