import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildApp, type RunningChild } from './child-server';

export interface ChildServerSandbox {
  // A folder for the whole file, the app built once into it, and a fresh DATA_DIR per test.
  readonly root: string;
  readonly distDir: string;
  readonly dataDir: string;
  // Children still running after a test are killed.
  track<T extends RunningChild>(child: T): T;
}

// Registers the hooks of a test file that starts real servers as children.
export function childServerSandbox(prefix: string): ChildServerSandbox {
  let root = '';
  let dataDir = '';
  const running: RunningChild[] = [];
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), prefix));
    await buildApp(path.join(root, 'dist'));
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(root, 'data-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((child) => child.stop('SIGKILL')));
  });
  return {
    get root() {
      return root;
    },
    get distDir() {
      return path.join(root, 'dist');
    },
    get dataDir() {
      return dataDir;
    },
    track(child) {
      running.push(child);
      return child;
    },
  };
}
