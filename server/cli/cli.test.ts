import SQLite from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionList } from '../../src/contract/actions';
import { DemoAccounts } from '../../src/contract/session';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import { request, runScript, signIn, startServer } from '../testing/child-server';
import { childServerSandbox } from '../testing/child-server-sandbox';

// The commands beside the server (npm run backup, npm run create-user), run
// as child processes against a running child server.
describe('the server commands', { timeout: 60_000 }, () => {
  const box = childServerSandbox('plan-tracker-cli-');
  const start = (env: Record<string, string>) => startServer({ DATA_DIR: box.dataDir, DIST_DIR: box.distDir, ...env }).then(box.track);
  const run = async (script: string, args: readonly string[] = [], env: Record<string, string> = {}, input?: string) => {
    const child = box.track(runScript(script, { DATA_DIR: box.dataDir, ...env }, { args, input }));
    return { ...(await child.exited), output: child.output() };
  };

  it('backs up the database while the server runs and writes, into a copy that checks out', async () => {
    const server = await start({ APP_MODE: 'demo' });
    const cookie = await signIn(server.url, 'board@example.org', demoPassword);
    const actions = ActionList.parse(await (await request(server.url, 'GET', '/api/actions', { cookie })).json());
    // Sign-ins keep writing session rows while the backup runs.
    const writes = Array.from({ length: 20 }, () => signIn(server.url, 'staff@example.org', demoPassword));

    const backup = await run('server/cli/backup.ts');
    await Promise.all(writes);
    expect(backup.code, backup.output).toBe(0);
    const file = /to (\S+\.sqlite) \((\d+) KB, integrity check ok\)/.exec(backup.output);
    expect(file, backup.output).not.toBeNull();
    expect(path.dirname(file![1]!)).toBe(path.join(box.dataDir, 'backups'));
    expect(path.basename(file![1]!)).toMatch(/^plan-tracker-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.sqlite$/);
    expect(Math.round(statSync(file![1]!).size / 1024)).toBe(Number(file![2]));

    const copy = new SQLite(file![1]!, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare('select count(*) as n from plan').get()).toEqual({ n: 1 });
      expect(copy.prepare('select count(*) as n from priorities').get()).toEqual({ n: 6 });
      expect(copy.prepare('select count(*) as n from actions').get()).toEqual({ n: actions.total });
    } finally {
      copy.close();
    }
    expect((await request(server.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('backup explains that PostgreSQL is copied with pg_dump, and fails', async () => {
    const result = await run('server/cli/backup.ts', [], { DATABASE_URL: 'postgres://tracker@127.0.0.1:9/plan_tracker' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('pg_dump');
  });

  it('starts in production mode with no account and no sample data, and says how to create the first admin', async () => {
    const server = await start({ APP_MODE: 'production' });
    expect(server.output()).toContain('No accounts exist yet');
    expect(server.output()).toContain('npm run create-user -- --role admin');
    expect(DemoAccounts.parse(await (await request(server.url, 'GET', '/api/demo-accounts')).json())).toEqual({ accounts: [], password: null });
    const demo = await request(server.url, 'POST', '/api/session', { body: { email: 'director@example.org', password: demoPassword } });
    expect(demo.status).toBe(401);
  });

  it('create-user makes an admin who can sign in to the running production server', async () => {
    const server = await start({ APP_MODE: 'production' });
    const password = 'a long and private passphrase';
    const result = await run('server/cli/create-user.ts', ['--email', 'Director@PEF.example', '--name', 'Executive Director', '--role', 'admin', '--password', password]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Created the admin account director@pef.example (Executive Director)');

    const cookie = await signIn(server.url, 'director@pef.example', password);
    const session = await request(server.url, 'GET', '/api/session', { cookie });
    expect(await session.json()).toMatchObject({ user: { email: 'director@pef.example', name: 'Executive Director', role: 'admin' } });
    const actions = ActionList.parse(await (await request(server.url, 'GET', '/api/actions', { cookie })).json());
    expect(actions.total).toBe(0);

    const again = await run('server/cli/create-user.ts', ['--email', 'director@pef.example', '--name', 'Twin', '--role', 'board', '--password', password]);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already has an account');
  });

  it('create-user reads missing values from piped input, and refuses a weak password, creating nothing', async () => {
    const weak = await run('server/cli/create-user.ts', ['--email', 'a@pef.example', '--role', 'staff'], {}, 'Staff Member\nshort-pass\n');
    expect(weak.code).toBe(1);
    expect(weak.output).toContain('Nothing was created: password must be at least 12 characters');
    // Nothing piped in and no terminal: the missing values are named.
    const missing = await run('server/cli/create-user.ts', ['--email', 'a@pef.example']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('Missing --name, --role, --password');
    const created = await run('server/cli/create-user.ts', ['--email', 'a@pef.example', '--role', 'staff'], {}, 'Staff Member\nlong enough password\n');
    expect(created.code, created.output).toBe(0);

    const db = new SQLite(path.join(box.dataDir, 'plan-tracker.sqlite'), { readonly: true });
    try {
      expect(db.prepare('select email, name, role from users').all()).toEqual([{ email: 'a@pef.example', name: 'Staff Member', role: 'staff' }]);
    } finally {
      db.close();
    }
  });

  it('loads the sample data in production mode when LOAD_SAMPLE_DATA=true, and creates the admin from ADMIN_EMAIL', async () => {
    const password = 'another long passphrase';
    const server = await start({ APP_MODE: 'production', LOAD_SAMPLE_DATA: 'true', ADMIN_EMAIL: 'admin@pef.example', ADMIN_PASSWORD: password });
    expect(server.output()).toContain('Created accounts: admin@pef.example');
    expect(server.output()).not.toContain('No accounts exist yet');
    const cookie = await signIn(server.url, 'admin@pef.example', password);
    const actions = ActionList.parse(await (await request(server.url, 'GET', '/api/actions', { cookie })).json());
    expect(actions.total).toBeGreaterThan(0);
  });
});
