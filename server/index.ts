import { serve } from '@hono/node-server';
import path from 'node:path';
import { pefPlan } from '../src/domain/pef-plan';
import { createApp } from './app';
import { migrateToLatest } from './db/migrate';
import { seedDatabase } from './db/seed/seed';
import { EnvError, parseEnv } from './env';
import { openDatabase } from './open-database';
import { serveBuiltApp } from './static-app';

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const demo = env.APP_MODE === 'demo';
  const { handle, description, release } = openDatabase(env);
  try {
    await migrateToLatest(handle);
    const seeded = await seedDatabase(handle, {
      plan: pefPlan,
      today: new Date(),
      sampleData: demo || env.LOAD_SAMPLE_DATA === 'true',
      demoAccounts: demo,
      admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    });
    if (seeded.planLoaded) console.info('Loaded the 2023–2027 plan.');
    if (seeded.sampleActions > 0) console.info(`Loaded ${seeded.sampleActions} sample actions.`);
    if (seeded.usersCreated.length > 0) console.info(`Created accounts: ${seeded.usersCreated.join(', ')}`);
  } catch (error) {
    await handle.close();
    release();
    throw error;
  }

  const app = createApp(handle.db, { mode: env.APP_MODE, secureCookies: env.NODE_ENV === 'production' && !demo, now: () => new Date() });
  serveBuiltApp(app, path.resolve('dist'));
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    console.info(`Plan Tracker (${demo ? 'demo' : 'production'} mode) on ${description}`);
    console.info(`Open http://${env.HOST}:${info.port}/`);
    if (demo) console.info('Demo accounts: board@example.org, staff@example.org, director@example.org — password demo-password');
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: closing the server and the database…`);
    server.close(() => {
      void handle.close().finally(() => {
        release();
        process.exit(0);
      });
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
