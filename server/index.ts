import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import path from 'node:path';
import { createApp } from './app';
import { kyselyStore } from './store/kysely-store';
import { parseEnv } from './env';
import { closeServer, listen } from './http-listener';
import { openDatabase } from './open-database';
import { loadPageRenderer, pageRendererFile } from './page-renderer';
import { prepareDatabase } from './prepare-database';
import { StartupError } from './startup-error';
import { startSweeper } from './services/sweeper';
import { assertAppBuilt, serveBuiltApp } from './static-app';

const graceMs = 5000;

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const demo = env.APP_MODE === 'demo';
  // In development (`npm run dev`) Vite serves the app and proxies /api here.
  const apiOnly = env.NODE_ENV === 'development';
  const distDir = path.resolve(env.DIST_DIR);
  if (!apiOnly) assertAppBuilt(distDir);

  const { handle, description, release } = openDatabase(env);
  const closeDatabase = async () => {
    try {
      await handle.close();
    } finally {
      release();
    }
  };
  let server: Server;
  try {
    for (const line of await prepareDatabase(handle, env, new Date())) console.info(line);
    const app = createApp(kyselyStore(handle.db), {
      mode: env.APP_MODE,
      secureCookies: env.NODE_ENV === 'production' && !demo,
      now: () => new Date(),
      allowedHosts: env.ALLOWED_HOSTS,
      trustProxy: env.TRUST_PROXY === 'true',
    });
    if (!apiOnly) serveBuiltApp(app, distDir, await loadPageRenderer(pageRendererFile(distDir)));
    server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await listen(server, env.PORT, env.HOST);
  } catch (error) {
    await closeDatabase();
    throw error;
  }

  // Ready to stop cleanly before saying it is up: whoever reads the
  // "Open" line may send a signal at once.
  const stopSweeper = startSweeper(handle.db);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C: stop waiting for requests in flight.
      server.closeAllConnections();
      return;
    }
    stopping = true;
    console.info(`${signal}: closing the server and the database…`);
    stopSweeper();
    closeServer(server, graceMs)
      .finally(closeDatabase)
      .then(
        () => {
          console.info('Stopped.');
          process.exit(0);
        },
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  const everywhere = env.HOST === '0.0.0.0' || env.HOST === '::';
  const shownHost = everywhere ? '127.0.0.1' : env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  console.info(`Plan Tracker (${demo ? 'demo' : 'production'} mode${apiOnly ? ', API only' : ''}) on ${description}`);
  console.info(`Open http://${shownHost}:${env.PORT}/${everywhere ? ` (listening on every interface, ${env.HOST})` : ''}`);
  if (demo) console.info('Demo accounts: board@example.org, staff@example.org, director@example.org — password demo-password');
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
