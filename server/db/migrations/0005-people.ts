import type { Kysely, Migration } from 'kysely';

// People managed in the app: an account can be deactivated, must replace a
// one-time password, is edited with a version like every record, and shows
// when it last signed in. The audit log is filtered by person, kind and day.
export function people(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('users').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      await db.schema.alterTable('users').addColumn('last_sign_in_at', 'text').execute();
      // The people list counts each account's actions by the owner's name.
      await db.schema.createIndex('actions_owner_search').on('actions').column('owner_search').execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('audit_user_email').on('audit').columns(['user_email', 'seq']).execute();
      await db.schema.createIndex('audit_operation').on('audit').columns(['operation', 'seq']).execute();
      await db.schema.createIndex('audit_at').on('audit').column('at').execute();
    },
  };
}
