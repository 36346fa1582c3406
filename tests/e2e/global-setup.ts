// Global setup for the e2e suite (vitest.e2e.config.ts).
//
// Default: build the app once in mock mode into dist-e2e/, serve it with
// vite's preview server on 127.0.0.1 at a free port, and hand the URL to the
// tests as `inject('baseUrl')`.
//
// With E2E_BASE_URL set, nothing is built or served: the tests run against
// that URL instead (for example a real server started elsewhere).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

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

function withoutForceColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.FORCE_COLOR;
  return copy;
}

/** Runs `npx vite build --mode mock --outDir <outDir>`; rejects with its output on failure. */
function buildApp(root: string, outDir: string): Promise<void> {
  const args = ['vite', 'build', '--mode', 'mock', '--outDir', outDir, '--emptyOutDir'];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      cwd: root,
      // Plain text in the error message (picocolors turns colour ON for any FORCE_COLOR).
      env: { ...withoutForceColor(process.env), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error) => {
      reject(new Error(`e2e global setup: could not start "npx ${args.join(' ')}": ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
      reject(
        new Error(
          `e2e global setup: "npx ${args.join(' ')}" failed with ${how}.\n` +
            `----- build output -----\n${output}\n------------------------`,
        ),
      );
    });
  });
}

function serverUrl(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (address !== null && typeof address === 'object') {
    return `http://127.0.0.1:${String(address.port)}/`;
  }
  const local = server.resolvedUrls?.local[0];
  if (local === undefined) {
    throw new Error('e2e global setup: the preview server did not report its address');
  }
  return withTrailingSlash(local);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external !== undefined && external !== '') {
    const baseUrl = withTrailingSlash(external);
    console.info(`[e2e] E2E_BASE_URL is set: testing ${baseUrl} (no build, no preview server)`);
    project.provide('baseUrl', baseUrl);
    return async () => {};
  }

  const root = project.config.root;
  const outDir = path.resolve(root, OUT_DIR_NAME);

  const started = Date.now();
  await buildApp(root, outDir);
  console.info(`[e2e] built the app (mode mock) into ${outDir} in ${String(Date.now() - started)} ms`);

  const server = await preview({
    root,
    mode: 'mock',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
  });
  const baseUrl = serverUrl(server);
  console.info(`[e2e] serving ${outDir} at ${baseUrl}`);
  project.provide('baseUrl', baseUrl);

  return async () => {
    await server.close();
  };
}
