import type { Kysely } from 'kysely';
import type { Plan } from '../../../src/contract/plan';
import { quarterRange } from '../../../src/domain/quarters';
import type { Database } from '../schema';

type PlanTexts = Omit<Plan, 'period' | 'quarters' | 'focusAreas' | 'priorities'>;

export async function loadPlan(db: Kysely<Database>): Promise<Plan | undefined> {
  const row = await db.selectFrom('plan').selectAll().where('id', '=', 1).executeTakeFirst();
  if (row === undefined) return undefined;
  const [focusAreas, priorities, strategies] = await Promise.all([
    db.selectFrom('focus_areas').selectAll().orderBy('position').execute(),
    db.selectFrom('priorities').selectAll().orderBy('number').execute(),
    db.selectFrom('strategies').selectAll().orderBy('priority_id').orderBy('position').execute(),
  ]);
  const texts = JSON.parse(row.texts) as PlanTexts;
  const period = { startQuarter: row.start_quarter, endQuarter: row.end_quarter };
  return {
    ...texts,
    period,
    quarters: quarterRange(period.startQuarter, period.endQuarter),
    focusAreas: focusAreas.map(({ id, name, description }) => ({ id: id as Plan['focusAreas'][number]['id'], name, description })),
    priorities: priorities.map((p) => ({
      id: p.id as Plan['priorities'][number]['id'],
      number: p.number,
      title: p.title,
      statement: p.statement,
      rationale: JSON.parse(p.rationale) as string[],
      strategies: strategies.filter((s) => s.priority_id === p.id).map(({ id, text }) => ({ id, text })),
    })),
  };
}

// Writes the plan's texts; run once, in the seeding transaction.
export async function insertPlan(db: Kysely<Database>, plan: Plan): Promise<void> {
  const { period, quarters, focusAreas, priorities, ...texts } = plan;
  await db.insertInto('plan').values({ id: 1, texts: JSON.stringify(texts), start_quarter: period.startQuarter, end_quarter: period.endQuarter }).execute();
  await db
    .insertInto('focus_areas')
    .values(focusAreas.map((area, position) => ({ ...area, position })))
    .execute();
  await db
    .insertInto('priorities')
    .values(priorities.map((p) => ({ id: p.id, number: p.number, title: p.title, statement: p.statement, rationale: JSON.stringify(p.rationale) })))
    .execute();
  const strategies = priorities.flatMap((p) => p.strategies.map((s, position) => ({ id: s.id, priority_id: p.id, position, text: s.text })));
  if (strategies.length > 0) await db.insertInto('strategies').values(strategies).execute();
}
