import type { Kysely } from 'kysely';
import { quarterRange } from '../../../src/domain/quarters';
import type { Database } from '../schema';

// The quarters the read model covers: the plan's period. None before the
// plan is loaded.
export async function planQuarters(db: Kysely<Database>): Promise<string[]> {
  const plan = await db.selectFrom('plan').select(['start_quarter', 'end_quarter']).executeTakeFirst();
  return plan === undefined ? [] : quarterRange(plan.start_quarter, plan.end_quarter);
}
