import { sql } from 'kysely';
import { pefPlan } from '../src/domain/pef-plan';
import type { DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { seedDatabase } from './db/seed/seed';
import type { Env } from './env';
import { StartupError } from './startup-error';

// At every start: bring the schema up to date, then load what is missing
// (idempotent). Returns the lines to print.
export async function prepareDatabase(handle: DatabaseHandle, env: Env, today: Date): Promise<string[]> {
  const demo = env.APP_MODE === 'demo';
  try {
    await sql`select 1`.execute(handle.db);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Cannot reach the database: ${why}. Check DATABASE_URL (is the PostgreSQL server running, are the user and password right?).`);
  }
  await migrateToLatest(handle);
  const seeded = await seedDatabase(handle, {
    plan: pefPlan,
    today,
    sampleData: demo || env.LOAD_SAMPLE_DATA === 'true',
    demoAccounts: demo,
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
  });
  const lines: string[] = [];
  if (seeded.planLoaded) lines.push('Loaded the 2023–2027 plan.');
  if (seeded.sampleActions > 0) lines.push(`Loaded ${seeded.sampleActions} sample actions and the sample benchmarks.`);
  if (seeded.usersCreated.length > 0) lines.push(`Created accounts: ${seeded.usersCreated.join(', ')}`);
  const anyUser = await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser === undefined) {
    lines.push(
      'No accounts exist yet, so nobody can sign in. Create the first administrator with',
      '  npm run create-user -- --role admin --email you@example.org --name "Your Name"',
      '(it asks for the password), or start once with ADMIN_EMAIL and ADMIN_PASSWORD set.',
    );
  }
  return lines;
}
