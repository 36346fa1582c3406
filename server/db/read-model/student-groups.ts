import type { Kysely } from 'kysely';
import type { Database } from '../schema';

// The groups an action serves, one row each, so the list filters on them by index.
export async function replaceStudentGroups(db: Kysely<Database>, actionId: string, groups: readonly string[]): Promise<void> {
  await db.deleteFrom('action_student_groups').where('action_id', '=', actionId).execute();
  const unique = [...new Set(groups)];
  if (unique.length > 0) {
    await db
      .insertInto('action_student_groups')
      .values(unique.map((group) => ({ action_id: actionId, student_group_id: group })))
      .execute();
  }
}
