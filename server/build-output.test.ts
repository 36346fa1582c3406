import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './testing/child-server';

describe('the production build', () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'plan-tracker-build-'));
    await buildApp(path.join(root, 'dist'));
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('ships the app and not the mock API worker', () => {
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'dist', 'mockServiceWorker.js'))).toBe(false);
  });
});
