import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { parseEnv } from '../env';
import { errorOf } from '../testing/db-snapshot';
import { createTestApp, type TestApp } from '../testing/test-app';
import { isAllowedHost } from './host-allow-list';
import { kyselyStore } from '../store/kysely-store';

describe('isAllowedHost', () => {
  const allowed = ['plan.example.org'];
  it('answers configured names, localhost and any address, with or without a port', () => {
    for (const host of ['plan.example.org', 'PLAN.example.org:8443', 'localhost:3000', '127.0.0.1:3000', '10.0.0.7', '[::1]:3000']) {
      expect(isAllowedHost(host, allowed), host).toBe(true);
    }
  });

  it('refuses other names (a rebound attacker domain), a missing Host and malformed ones', () => {
    for (const host of [undefined, '', 'attacker.example', 'plan.example.org.attacker.example', 'evil@plan.example.org', 'plan.example.org/x', 'a b']) {
      expect(isAllowedHost(host, allowed), String(host)).toBe(false);
    }
  });
});

describe('the Host allow-list of the app', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  const app = () => createApp(kyselyStore(t.handle.db), { mode: 'production', secureCookies: false, now: () => t.clock.now, allowedHosts: ['plan.example.org'] });
  const get = (host: string, path: string) => app().request(`http://${host}${path}`, { headers: { host } });

  it('refuses an unconfigured host name with a 400 naming Host, on unauthenticated routes too', async () => {
    for (const path of ['/api/health', '/api/demo-accounts', '/api/session']) {
      const response = await get('rebound.attacker.example', path);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.fields).toEqual({ host: 'is not one of the host names this server answers for' });
      expect(error.message).toMatch(/ALLOWED_HOSTS/);
    }
  });

  it('answers the configured name and an address', async () => {
    expect((await get('plan.example.org', '/api/health')).status).toBe(200);
    expect((await get('127.0.0.1:3000', '/api/health')).status).toBe(200);
  });

  it('takes the names from ALLOWED_HOSTS, and stops the start on a bad value', () => {
    expect(parseEnv({ ALLOWED_HOSTS: 'Plan.Example.org,plan.internal' }).ALLOWED_HOSTS).toEqual(['plan.example.org', 'plan.internal']);
    expect(parseEnv({}).ALLOWED_HOSTS).toEqual([]);
    expect(() => parseEnv({ ALLOWED_HOSTS: 'https://plan.example.org' })).toThrow(/ALLOWED_HOSTS must be host names separated by commas/);
  });
});
