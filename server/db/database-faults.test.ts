import { describe, expect, it } from 'vitest';
import { databaseFault } from './database-faults';

describe('databaseFault', () => {
  it('names the cause of each SQLite fault', () => {
    expect(databaseFault({ code: 'SQLITE_FULL', message: 'database or disk is full' })).toMatch(/disk is full/);
    expect(databaseFault({ code: 'SQLITE_READONLY_DBMOVED' })).toMatch(/read-only/);
    expect(databaseFault({ code: 'SQLITE_BUSY' })).toMatch(/locked by another process/);
    expect(databaseFault({ code: 'SQLITE_CORRUPT' })).toMatch(/damaged.*backup/);
    expect(databaseFault({ code: 'SQLITE_IOERR_WRITE' })).toMatch(/disk or permission/);
  });

  it('names PostgreSQL being unreachable, out of disk or too slow', () => {
    for (const error of [
      { code: 'ECONNREFUSED' },
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: '08006' },
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
    ]) {
      expect(databaseFault(error)).toMatch(/cannot be reached/);
    }
    expect(databaseFault({ code: '53100' })).toMatch(/disk is full/);
    expect(databaseFault({ code: '57014' })).toMatch(/too long/);
  });

  it('leaves every other error to the generic answer', () => {
    for (const error of [new Error('boom'), { code: '23505' }, { code: 'SQLITE_CONSTRAINT_UNIQUE' }, null, 'text']) {
      expect(databaseFault(error)).toBeNull();
    }
  });
});
