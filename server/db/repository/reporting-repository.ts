import type { Kysely, Selectable } from 'kysely';
import type { Update } from '../../../src/contract/actions';
import type { QuarterSummary, QuarterSummaryInput } from '../../../src/contract/reporting';
import type { Publication } from '../../../src/domain/reporting-periods';
import type { Database, PublicationTable, UpdateRevisionTable } from '../schema';

// The quarterly cycle's rows. Callers run the writes inside one transaction
// with their audit row; a write that finds another got there first returns false.

export interface PublicationRow extends Publication {
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly reopenedAt: string | null;
  readonly reopenedBy: string | null;
  readonly reopenReason: string | null;
  readonly version: number;
}

function toPublication(row: Omit<Selectable<PublicationTable>, 'snapshot'>): PublicationRow {
  return {
    quarter: row.quarter,
    published: row.published === 1,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    reopenedAt: row.reopened_at,
    reopenedBy: row.reopened_by,
    reopenReason: row.reopen_reason,
    version: row.version,
  };
}

// A handful of rows at most (one per quarter of the plan).
export async function loadPublications(db: Kysely<Database>): Promise<PublicationRow[]> {
  const rows = await db
    .selectFrom('publications')
    .select(['quarter', 'published', 'published_at', 'published_by', 'reopened_at', 'reopened_by', 'reopen_reason', 'version'])
    .orderBy('quarter')
    .execute();
  return rows.map(toPublication);
}

// What the board was shown when the quarter was (last) published; undefined before.
export async function loadPublishedSnapshot(db: Kysely<Database>, quarter: string): Promise<unknown> {
  const row = await db.selectFrom('publications').select('snapshot').where('quarter', '=', quarter).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.snapshot) as unknown);
}

// Publishes a quarter for the first time, or again after a reopening
// (`readVersion` is the version of the reopened row; null for the first time).
export async function writePublication(
  db: Kysely<Database>,
  quarter: string,
  by: string,
  at: string,
  snapshot: unknown,
  readVersion: number | null,
): Promise<boolean> {
  const values = { published: 1, published_at: at, published_by: by, snapshot: JSON.stringify(snapshot) };
  if (readVersion === null) {
    const result = await db
      .insertInto('publications')
      .values({ quarter, ...values, reopened_at: null, reopened_by: null, reopen_reason: null, version: 1 })
      .onConflict((oc) => oc.column('quarter').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('publications')
    .set({ ...values, version: readVersion + 1 })
    .where('quarter', '=', quarter)
    .where('version', '=', readVersion)
    .where('published', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function reopenPublication(
  db: Kysely<Database>,
  quarter: string,
  by: string,
  at: string,
  reason: string,
  readVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('publications')
    .set({ published: 0, reopened_at: at, reopened_by: by, reopen_reason: reason, version: readVersion + 1 })
    .where('quarter', '=', quarter)
    .where('version', '=', readVersion)
    .where('published', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function blankSummary(quarter: string, draft: boolean): QuarterSummary {
  return { quarter, summary: '', highlights: '', asks: '', draft, version: 0, updatedAt: null, updatedBy: null };
}

export async function loadSummary(db: Kysely<Database>, quarter: string, draft: boolean): Promise<QuarterSummary> {
  const row = await db.selectFrom('quarter_summaries').selectAll().where('quarter', '=', quarter).executeTakeFirst();
  if (row === undefined) return blankSummary(quarter, draft);
  return {
    quarter,
    summary: row.summary,
    highlights: row.highlights,
    asks: row.asks,
    draft,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

// Saves the summary at the next version if it still has the version read (0: none yet).
export async function writeSummary(
  db: Kysely<Database>,
  quarter: string,
  input: Omit<QuarterSummaryInput, 'version'>,
  readVersion: number,
  by: string,
  at: string,
): Promise<boolean> {
  const values = { summary: input.summary, highlights: input.highlights, asks: input.asks, updated_at: at, updated_by: by };
  if (readVersion === 0) {
    const result = await db
      .insertInto('quarter_summaries')
      .values({ quarter, ...values, version: 1 })
      .onConflict((oc) => oc.column('quarter').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('quarter_summaries')
    .set({ ...values, version: readVersion + 1 })
    .where('quarter', '=', quarter)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface Revision {
  readonly actionId: string;
  readonly quarter: string;
  readonly before: Update | null;
  readonly after: Update;
  readonly revisedAt: string;
  readonly revisedBy: string;
  readonly reason: string;
}

export async function insertRevision(db: Kysely<Database>, revision: Revision): Promise<void> {
  await db
    .insertInto('update_revisions')
    .values({
      action_id: revision.actionId,
      quarter: revision.quarter,
      before: revision.before === null ? null : JSON.stringify(revision.before),
      after: JSON.stringify(revision.after),
      revised_at: revision.revisedAt,
      revised_by: revision.revisedBy,
      reason: revision.reason,
    })
    .execute();
}

function toRevision(row: Selectable<UpdateRevisionTable>): Revision {
  return {
    actionId: row.action_id,
    quarter: row.quarter,
    before: row.before === null ? null : (JSON.parse(row.before) as Update),
    after: JSON.parse(row.after) as Update,
    revisedAt: row.revised_at,
    revisedBy: row.revised_by,
    reason: row.reason,
  };
}

export async function loadRevisions(db: Kysely<Database>, quarter: string): Promise<Revision[]> {
  const rows = await db.selectFrom('update_revisions').selectAll().where('quarter', '=', quarter).orderBy('seq').execute();
  return rows.map(toRevision);
}

// Corrections per quarter, for the list of reporting periods.
export async function countRevisions(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('update_revisions')
    .select((eb) => ['quarter', eb.fn.countAll<number | string | bigint>().as('n')])
    .groupBy('quarter')
    .execute();
  return new Map(rows.map((row) => [row.quarter, Number(row.n)]));
}

export async function loadSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export async function writeSetting(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}
