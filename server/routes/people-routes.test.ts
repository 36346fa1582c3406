import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditList } from '../../src/contract/audit';
import { Session } from '../../src/contract/session';
import { UserList, UserWrite } from '../../src/contract/users';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import { errorOf } from '../testing/db-snapshot';
import { sampleNewAction, sampleNewPassword, sampleNewUser } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { testDatabaseTargets, type TestDatabase } from '../testing/test-databases';

describe.each(testDatabaseTargets)('people on $name', (target) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;
  beforeEach(async () => {
    database = await target.open();
    t = await createTestApp({ handle: database.handle });
    admin = await signIn(t.app, 'admin');
  }, 30_000);
  afterEach(() => database.dispose());

  const users = async () => UserList.parse(await (await send(t.app, 'GET', '/api/users', { cookie: admin })).json()).items;
  const userNamed = async (name: string) => (await users()).find((u) => u.name === name);
  const audit = async (search = '') => AuditList.parse(await (await send(t.app, 'GET', `/api/audit${search}`, { cookie: admin })).json());
  const patch = (id: string, body: unknown, cookie = admin) => send(t.app, 'PATCH', `/api/users/${id}`, { cookie, body });

  async function addPerson(body: unknown = sampleNewUser) {
    const response = await send(t.app, 'POST', '/api/users', { cookie: admin, body });
    expect(response.status, await response.clone().text()).toBe(201);
    return UserWrite.parse(await response.json());
  }

  async function signInWith(email: string, password: string) {
    const response = await send(t.app, 'POST', '/api/session', { body: { email, password } });
    return { response, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  it.skipIf(target.skip)('lists every account with its role, state and the actions it owns', async () => {
    const created = await send(t.app, 'POST', '/api/actions', { cookie: admin, body: { ...sampleNewAction, owner: 'DANA LÉE' } });
    expect(created.status).toBe(201);
    await addPerson();
    const list = await users();
    expect(list.map((u) => u.email)).toEqual(['board@example.org', 'dana.lee@example.org', 'director@example.org', 'staff@example.org']);
    expect(list.find((u) => u.email === 'dana.lee@example.org')).toMatchObject({ role: 'board', active: true, mustChangePassword: true, lastSignInAt: null, version: 1, actionsOwned: 1 });
    expect(list.find((u) => u.email === 'director@example.org')?.lastSignInAt).toBe('2026-11-22T12:00:00.000Z');
  });

  it.skipIf(target.skip)('adds a person with a one-time password, shown once, that must be changed before any write', async () => {
    const { user, oneTimePassword } = await addPerson({ ...sampleNewUser, role: 'staff' });
    expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    expect(JSON.stringify(await users())).not.toContain(oneTimePassword);
    const entry = (await audit('?operation=create-user')).items[0];
    expect(entry).toMatchObject({ entityType: 'user', entityId: user.id, userEmail: 'director@example.org', before: null });
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword ?? '');

    const { response, cookie } = await signInWith('Dana.Lee@example.org', oneTimePassword ?? '');
    expect(response.status).toBe(201);
    expect(Session.parse(await response.json()).user.mustChangePassword).toBe(true);
    expect((await send(t.app, 'GET', '/api/plan', { cookie })).status).toBe(200);
    const refused = await send(t.app, 'POST', '/api/actions', { cookie, body: sampleNewAction });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toMatch(/one-time password: choose your own password first/);

    const changed = await send(t.app, 'PUT', '/api/session/password', { cookie, body: { currentPassword: oneTimePassword, newPassword: sampleNewPassword } });
    expect(changed.status).toBe(200);
    expect(Session.parse(await changed.json()).user.mustChangePassword).toBe(false);
    expect(Session.parse(await (await send(t.app, 'GET', '/api/session', { cookie })).json()).user.mustChangePassword).toBe(false);
    expect((await signInWith('dana.lee@example.org', oneTimePassword ?? '')).response.status).toBe(401);
    expect((await signInWith('dana.lee@example.org', sampleNewPassword)).response.status).toBe(201);
    expect((await audit('?operation=change-password')).items[0]).toMatchObject({ entityId: user.id, before: { mustChangePassword: true }, after: { mustChangePassword: false } });
  });

  it.skipIf(target.skip)('refuses a taken email, naming the field, and adds nothing', async () => {
    await addPerson();
    const response = await send(t.app, 'POST', '/api/users', { cookie: admin, body: { ...sampleNewUser, email: 'DANA.LEE@example.org' } });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).fields).toEqual({ email: 'already has an account' });
    const bad = await send(t.app, 'POST', '/api/users', { cookie: admin, body: { name: ' ', email: 'dana', role: 'owner' } });
    expect(Object.keys((await errorOf(bad)).fields ?? {}).sort()).toEqual(['email', 'name', 'role']);
    expect(await users()).toHaveLength(4);
  });

  it.skipIf(target.skip)('changes a role, refuses a stale version, and audits the change without passwords', async () => {
    const { user } = await addPerson();
    const changed = await patch(user.id, { role: 'staff', version: 1 });
    expect(changed.status).toBe(200);
    expect(UserWrite.parse(await changed.json())).toMatchObject({ user: { role: 'staff', version: 2 }, oneTimePassword: null });
    const stale = await patch(user.id, { role: 'admin', version: 1 });
    expect(stale.status).toBe(409);
    expect((await userNamed('Dana Lee'))?.role).toBe('staff');
    expect((await audit('?operation=edit-user')).items[0]).toMatchObject({ entityId: user.id, before: { role: 'board', version: 1 }, after: { role: 'staff', version: 2 } });
    expect((await patch('no-such-person', { role: 'staff', version: 1 })).status).toBe(404);
    expect((await patch(user.id, { version: 2 })).status).toBe(400);
  });

  it.skipIf(target.skip)('ends a deactivated account’s sessions at once; it cannot sign in until reactivated', async () => {
    const staff = await signIn(t.app, 'staff');
    const staffUser = (await users()).find((u) => u.email === 'staff@example.org');
    if (staffUser === undefined) throw new Error('no staff account');
    expect((await patch(staffUser.id, { active: false, version: staffUser.version })).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/session', { cookie: staff })).status).toBe(401);
    const again = await signInWith('staff@example.org', demoPassword);
    expect(again.response.status).toBe(403);
    expect((await errorOf(again.response)).message).toMatch(/deactivated.*reactivate/);
    expect((await signInWith('staff@example.org', 'wrong password')).response.status).toBe(401);
    expect((await patch(staffUser.id, { active: true, version: staffUser.version + 1 })).status).toBe(200);
    expect((await signInWith('staff@example.org', demoPassword)).response.status).toBe(201);
  });

  it.skipIf(target.skip)('keeps the last active administrator: not demoted, not deactivated', async () => {
    const director = await userNamed('Executive director (demo)');
    if (director === undefined) throw new Error('no director');
    for (const [body, field] of [[{ role: 'staff' }, 'role'], [{ active: false }, 'active']] as const) {
      const response = await patch(director.id, { ...body, version: director.version });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.fields).toEqual({ [field]: 'cannot be changed: this is the last active administrator' });
      expect(error.message).toMatch(/Make someone else an administrator first/);
    }
    expect(await userNamed('Executive director (demo)')).toEqual(director);
    await addPerson({ ...sampleNewUser, role: 'admin' });
    const demoted = await patch(director.id, { role: 'staff', version: director.version });
    expect(UserWrite.parse(await demoted.json()).user.role).toBe('staff');
  });

  it.skipIf(target.skip)('resets a password to a new one-time password and ends the account’s sessions', async () => {
    const board = await signIn(t.app, 'board');
    const account = await userNamed('Board member (demo)');
    if (account === undefined) throw new Error('no board account');
    const reset = UserWrite.parse(await (await patch(account.id, { resetPassword: true, version: account.version })).json());
    expect(reset.oneTimePassword).not.toBeNull();
    expect(reset.user).toMatchObject({ mustChangePassword: true, version: account.version + 1 });
    expect((await send(t.app, 'GET', '/api/session', { cookie: board })).status).toBe(401);
    expect((await signInWith('board@example.org', demoPassword)).response.status).toBe(401);
    expect((await signInWith('board@example.org', reset.oneTimePassword ?? '')).response.status).toBe(201);
    const entry = (await audit('?operation=reset-password')).items[0];
    expect(entry).toMatchObject({ before: { mustChangePassword: false }, after: { mustChangePassword: true } });
    expect(JSON.stringify(entry)).not.toMatch(/scrypt|"password|passwordHash/);
  });

  it.skipIf(target.skip)('changes one’s own password: checks the current one and the rules, ends the other sessions', async () => {
    const staff = await signIn(t.app, 'staff');
    const other = await signIn(t.app, 'staff');
    const put = (body: unknown) => send(t.app, 'PUT', '/api/session/password', { cookie: staff, body });
    const wrong = await put({ currentPassword: 'not it', newPassword: sampleNewPassword });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).fields).toEqual({ currentPassword: 'is not correct' });
    expect((await errorOf(await put({ currentPassword: demoPassword, newPassword: 'short' }))).fields).toEqual({ newPassword: 'must be at least 12 characters' });
    expect((await errorOf(await put({ currentPassword: demoPassword, newPassword: 'STAFF@example.org' }))).fields).toEqual({ newPassword: 'must not be the email address' });
    expect((await signInWith('staff@example.org', demoPassword)).response.status).toBe(201);
    expect((await put({ currentPassword: demoPassword, newPassword: sampleNewPassword })).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/session', { cookie: staff })).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/session', { cookie: other })).status).toBe(401);
  });

  it.skipIf(target.skip)('filters the audit by person, kind and day, and pages it', async () => {
    await addPerson();
    t.clock.now = new Date('2026-11-24T09:00:00Z');
    admin = await signIn(t.app, 'admin');
    const staff = await signIn(t.app, 'staff');
    for (const owner of ['One', 'Two', 'Three']) {
      expect((await send(t.app, 'PATCH', '/api/actions/a-001', { cookie: staff, body: { owner, version: (await audit('?entityId=a-001')).total + 1 } })).status).toBe(200);
    }
    expect((await audit()).total).toBe(4);
    expect((await audit('?userEmail=STAFF@example.org')).items.map((e) => e.after?.owner)).toEqual(['Three', 'Two', 'One']);
    expect((await audit('?operation=create-user')).total).toBe(1);
    expect((await audit('?from=2026-11-23')).total).toBe(3);
    expect((await audit('?to=2026-11-22')).items.map((e) => e.operation)).toEqual(['create-user']);
    expect((await audit('?from=2026-11-24&to=2026-11-24&userEmail=director@example.org')).total).toBe(0);
    const second = await audit('?limit=2&page=2');
    expect(second.total).toBe(4);
    expect(second.items.map((e) => e.after?.owner ?? e.operation)).toEqual(['One', 'create-user']);
    expect((await audit('?limit=2&page=9')).items).toEqual([]);
    const backwards = await send(t.app, 'GET', '/api/audit?from=2026-11-24&to=2026-11-23', { cookie: admin });
    expect((await errorOf(backwards)).fields).toEqual({ to: 'must not be before the from date' });
  });
});
