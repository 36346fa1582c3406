import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../dialect';
import type { Database } from '../schema';

export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

// A column compared bytewise, as the domain compares keys: SQLite's default
// collation already is; PostgreSQL's default one follows a locale.
export function binary(dialect: Dialect, column: string): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`${sql.ref(column)} collate "C"` : sql<string>`${sql.ref(column)}`;
}

// The text columns the list searches, each with a trigram index
// (migrations/0006-text-search.ts).
export type SearchColumn = 'search_text' | 'owner_search';

// How SQLite answers a text filter: 'index' asks the trigram index for the
// actions that contain the needle and starts from those; 'scan' looks into
// each row the query walks, which is cheaper for a page that the list's
// order reaches before the matches could all be found and sorted. A needle
// the index cannot find is always looked for row by row. PostgreSQL's
// planner makes this choice itself.
export type TextLookup = 'index' | 'scan';

// Whether the trigram index can find a folded needle: one of fewer than
// three characters has no trigram.
export function indexable(needle: string): boolean {
  return [...needle].length >= 3;
}

// Whether an action's folded column contains the folded needle, as plain
// text: % and _ match themselves, as does every other character.
export function containsText(dialect: Dialect, actions: string, column: SearchColumn, needle: string, lookup: TextLookup = 'index'): RawBuilder<boolean> {
  const text = sql.ref(`${actions}.${column}`);
  if (dialect === 'postgres') return sql<boolean>`${text} like ${`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
  if (lookup === 'scan' || !indexable(needle)) return sql<boolean>`instr(${text}, ${needle}) > 0`;
  const phrase = `${column} : "${needle.replaceAll('"', '""')}"`;
  return sql<boolean>`${sql.ref(`${actions}.id`)} in (select r.action_id from action_search_rows r where r.row in (select rowid from action_search where action_search match ${phrase}))`;
}
