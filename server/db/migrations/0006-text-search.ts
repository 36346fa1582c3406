import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

// An index for the list's two text filters, which match any part of the
// folded text: without one, a search that finds little reads every action.
// SQLite: a trigram full-text table over the folded texts, kept by triggers
// in the transaction of every write to actions. Its rows are numbered by
// action_search_rows, whose integer key stays put (an action's own rowid may
// change when the file is vacuumed). PostgreSQL: trigram indexes (pg_trgm)
// on the folded columns themselves.
export function textSearch(dialect: Dialect): Migration {
  return { up: (db) => (dialect === 'postgres' ? postgresTrigramIndexes(db) : sqliteTrigramTable(db)) };
}

async function sqliteTrigramTable(db: Kysely<unknown>): Promise<void> {
  await sql`create table action_search_rows (row integer primary key, action_id text not null unique)`.execute(db);
  // Contentless: the texts stay in actions; the index holds their trigrams.
  // Case-sensitive, as the texts and the search terms are folded already.
  await sql`create virtual table action_search using fts5(
    search_text, owner_search, content='', contentless_delete=1, tokenize='trigram case_sensitive 1'
  )`.execute(db);
  await sql`insert into action_search_rows (action_id) select id from actions`.execute(db);
  await sql`insert into action_search (rowid, search_text, owner_search)
    select r.row, a.search_text, a.owner_search from actions a join action_search_rows r on r.action_id = a.id`.execute(db);
  const rowOf = (id: 'new' | 'old') => sql.raw(`(select row from action_search_rows where action_id = ${id}.id)`);
  await sql`create trigger action_search_insert after insert on actions begin
    insert into action_search_rows (action_id) values (new.id);
    insert into action_search (rowid, search_text, owner_search) values (${rowOf('new')}, new.search_text, new.owner_search);
  end`.execute(db);
  await sql`create trigger action_search_update after update of id, search_text, owner_search on actions begin
    delete from action_search where rowid = ${rowOf('old')};
    update action_search_rows set action_id = new.id where action_id = old.id;
    insert into action_search (rowid, search_text, owner_search) values (${rowOf('new')}, new.search_text, new.owner_search);
  end`.execute(db);
  await sql`create trigger action_search_delete after delete on actions begin
    delete from action_search where rowid = ${rowOf('old')};
    delete from action_search_rows where action_id = old.id;
  end`.execute(db);
}

// pg_trgm ships with PostgreSQL, and a database's owner may install it. It
// goes in the schema public, which every schema's index can name, and is
// never dropped with one. Where it cannot be installed, the search still
// answers, by reading every row: the server says so and starts.
async function postgresTrigramIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`savepoint text_search`.execute(db);
  let why = '';
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  } catch (error) {
    // Another connection may have installed it at the same moment.
    await sql`rollback to savepoint text_search`.execute(db);
    why = error instanceof Error ? error.message : String(error);
  }
  const { rows } = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined) {
    console.warn(`PostgreSQL's pg_trgm extension could not be installed (${why}): text searches read every action instead of using an index.`);
    return;
  }
  const opclass = sql`${sql.id(schema)}.gin_trgm_ops`;
  await sql`create index actions_search_text_trgm on actions using gin (search_text ${opclass})`.execute(db);
  await sql`create index actions_owner_search_trgm on actions using gin (owner_search ${opclass})`.execute(db);
}
