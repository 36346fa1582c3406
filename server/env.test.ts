import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

function messageOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  throw new Error('parseEnv accepted the configuration');
}

describe('parseEnv', () => {
  it('fills in the defaults from nothing', () => {
    expect(parseEnv({})).toEqual({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      DIST_DIR: './dist',
      NODE_ENV: 'production',
      APP_MODE: 'production',
      LOAD_SAMPLE_DATA: 'false',
      TRUST_PROXY: 'false',
      ALLOWED_HOSTS: [],
    });
  });

  it('treats an empty value as unset', () => {
    const env = parseEnv({ PORT: '', HOST: '', DATABASE_URL: '' });
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads every setting', () => {
    const env = parseEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/plan-tracker',
      DIST_DIR: '/srv/plan-tracker/dist',
      DATABASE_URL: 'postgres://tracker:secret@db.internal:5432/plan_tracker',
      NODE_ENV: 'development',
      APP_MODE: 'demo',
      ADMIN_EMAIL: 'director@pef.example',
      ADMIN_PASSWORD: 'a long enough secret',
      LOAD_SAMPLE_DATA: 'true',
      TRUST_PROXY: 'true',
      ALLOWED_HOSTS: 'plan.pef.example',
    });
    expect(env).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/plan-tracker',
      DIST_DIR: '/srv/plan-tracker/dist',
      DATABASE_URL: 'postgres://tracker:secret@db.internal:5432/plan_tracker',
      NODE_ENV: 'development',
      APP_MODE: 'demo',
      ADMIN_EMAIL: 'director@pef.example',
      ADMIN_PASSWORD: 'a long enough secret',
      LOAD_SAMPLE_DATA: 'true',
      TRUST_PROXY: 'true',
      ALLOWED_HOSTS: ['plan.pef.example'],
    });
  });

  it('ignores variables it does not know', () => {
    expect(parseEnv({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  it.each([
    [{ PORT: 'http' }, 'PORT must be a whole number'],
    [{ PORT: '3000.5' }, 'PORT must be a whole number'],
    [{ PORT: '0' }, 'PORT must be between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://db/plan' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ DATABASE_URL: 'postgres://db:port/plan' }, 'DATABASE_URL is not a valid URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of: development, production, test'],
    [{ APP_MODE: 'prod' }, 'APP_MODE must be one of: demo, production'],
    [{ LOAD_SAMPLE_DATA: 'yes' }, 'LOAD_SAMPLE_DATA must be one of: true, false'],
    [{ ADMIN_EMAIL: 'director', ADMIN_PASSWORD: 'a long enough secret' }, 'ADMIN_EMAIL must be an email address'],
    [{ ADMIN_EMAIL: 'director@pef.example', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 12 characters'],
    [{ ADMIN_EMAIL: 'director@pef.example', ADMIN_PASSWORD: 'demo-password' }, 'ADMIN_PASSWORD must not be the demo password'],
    [{ ADMIN_EMAIL: 'director@pef.example' }, 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together'],
    [{ ADMIN_PASSWORD: 'a long enough secret' }, 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together'],
  ])('names the bad value in %j', (source, expected) => {
    const message = messageOf(source);
    expect(message).toMatch(/^Invalid configuration:\n/);
    expect(message).toContain(expected);
  });

  it('names every bad value at once, one per line', () => {
    const message = messageOf({ PORT: 'x', APP_MODE: 'test', LOAD_SAMPLE_DATA: '1' });
    expect(message.split('\n').slice(1)).toEqual([
      '  PORT must be a whole number',
      '  APP_MODE must be one of: demo, production',
      '  LOAD_SAMPLE_DATA must be one of: true, false',
    ]);
  });
});
