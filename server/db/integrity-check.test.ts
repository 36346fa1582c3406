import SQLite from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pefPlan } from '../../src/domain/pef-plan';
import { openDatabase, sqliteFile } from '../open-database';
import { StartupError } from '../startup-error';
import { freePort, runScript } from '../testing/child-server';
import { testToday } from '../testing/test-app';
import { checkSqliteFile } from './integrity-check';
import { migrateToLatest } from './migrate';
import { seedDatabase } from './seed/seed';

describe('the SQLite file at start', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-integrity-'));
    const { handle, release } = openDatabase({ DATA_DIR: dataDir });
    await migrateToLatest(handle);
    await seedDatabase(handle, { plan: pefPlan, today: testToday, sampleData: true, demoAccounts: true });
    await handle.close();
    release();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  // Garbage over one page in the middle of the file, as a failing disk leaves it.
  function corruptOnePage(): void {
    const file = sqliteFile({ DATA_DIR: dataDir });
    const pageSize = 4096;
    const middlePage = Math.floor(statSync(file).size / pageSize / 2);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, middlePage * pageSize);
    closeSync(fd);
  }

  function startFailure(): StartupError {
    try {
      const { handle, release } = openDatabase({ DATA_DIR: dataDir });
      void handle.close().finally(release);
    } catch (error) {
      if (error instanceof StartupError) return error;
      throw error;
    }
    throw new Error('the database opened');
  }

  it('opens a sound file', async () => {
    const { handle, release } = openDatabase({ DATA_DIR: dataDir });
    await handle.close();
    release();
  });

  it('a corrupted page stops the start, naming the file and how to restore it from a backup', () => {
    corruptOnePage();
    const error = startFailure();
    expect(error.message).toContain(`The database file ${sqliteFile({ DATA_DIR: dataDir })} is damaged`);
    expect(error.message).toMatch(/Restore it from a backup: copy the newest file of DATA_DIR\/backups over/);
  });

  it('a file that is no database at all stops the start the same way', () => {
    writeFileSync(sqliteFile({ DATA_DIR: dataDir }), 'x'.repeat(8192));
    expect(startFailure().message).toMatch(/is damaged .*Restore it from a backup/);
  });

  it('the server process stops with that message and exit code 1, without a stack trace', { timeout: 60_000 }, async () => {
    corruptOnePage();
    const server = runScript('server/index.ts', { DATA_DIR: dataDir, NODE_ENV: 'development', PORT: String(await freePort()) });
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain(`The database file ${sqliteFile({ DATA_DIR: dataDir })} is damaged`);
    expect(server.output()).not.toMatch(/\bat \S+:\d+/);
  });

  it('a file the server may not write stops the start, naming it', () => {
    const file = sqliteFile({ DATA_DIR: dataDir });
    const readOnly = new SQLite(file, { readonly: true });
    try {
      expect(() => checkSqliteFile(readOnly, file)).toThrow(`The database file ${file} is read-only`);
    } finally {
      readOnly.close();
    }
  });
});
