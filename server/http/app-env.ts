import type { Kysely } from 'kysely';
import type { SessionUser } from '../../src/contract/session';
import type { Database } from '../db/schema';

export interface AppConfig {
  readonly mode: 'demo' | 'production';
  // Secure cookies and HSTS: on in production, where the app sits behind HTTPS.
  readonly secureCookies: boolean;
  readonly now: () => Date;
  // Host names the server answers for (besides addresses and localhost); absent: any.
  readonly allowedHosts?: readonly string[];
  // Behind a reverse proxy: take the client address from X-Forwarded-For.
  readonly trustProxy?: boolean;
}

export interface AppEnv {
  Variables: {
    db: Kysely<Database>;
    config: AppConfig;
    user: SessionUser | null;
    sessionId: string | null;
    // Names the request in the log lines it causes.
    requestId: string;
  };
}
