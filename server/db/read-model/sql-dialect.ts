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

// Whether the folded column contains the folded needle, as plain text: no
// LIKE, so % and _ match themselves.
export function containsText(dialect: Dialect, column: string, needle: string): RawBuilder<boolean> {
  const find = dialect === 'postgres' ? sql`strpos` : sql`instr`;
  return sql<boolean>`${find}(${sql.ref(column)}, ${needle}) > 0`;
}
