// Global setup for the e2e suite (vitest.e2e.config.ts).
//
// Default: build the app once into dist-e2e/, start the real server on it in
// demo mode (embedded database in a fresh temporary DATA_DIR, sample data,
// demo accounts) on a free port, and hand the URL to the tests as
// `inject('baseUrl')`.
//
// With E2E_BASE_URL set, nothing is built or started: the tests run against
// that URL instead (an app already running elsewhere, in demo mode).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, startServer } from '../../server/testing/child-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the app under test, always ending with "/". */
    baseUrl: string;
  }
}

const OUT_DIR_NAME = 'dist-e2e';

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external !== undefined && external !== '') {
    const baseUrl = withTrailingSlash(external);
    console.info(`[e2e] E2E_BASE_URL is set: testing ${baseUrl} (nothing built or started)`);
    project.provide('baseUrl', baseUrl);
    return async () => {};
  }

  const root = project.config.root;
  const outDir = path.resolve(root, OUT_DIR_NAME);
  const started = Date.now();
  await buildApp(outDir);
  console.info(`[e2e] built the app into ${outDir} in ${String(Date.now() - started)} ms`);

  const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-e2e-'));
  const server = await startServer({ APP_MODE: 'demo', DATA_DIR: dataDir, DIST_DIR: outDir }, 60_000);
  const baseUrl = withTrailingSlash(server.url);
  console.info(`[e2e] the real server (demo mode, data in ${dataDir}) is at ${baseUrl}`);
  project.provide('baseUrl', baseUrl);

  return async () => {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
