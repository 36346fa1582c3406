import type { SessionUser } from '../../src/contract/session';
import type { Store } from '../store/store';

export interface AppConfig {
  readonly mode: 'demo' | 'production';
  // Secure cookies and HSTS: on in production, where the app sits behind HTTPS.
  readonly secureCookies: boolean;
  readonly now: () => Date;
  // Off only for the mock API, which runs inside the page itself: no other
  // site can reach it, and a browser will not let the page set Origin or Host.
  readonly sameOriginWrites?: boolean;
  // Host names the server answers for (besides addresses and localhost); absent: any.
  readonly allowedHosts?: readonly string[];
  // Behind a reverse proxy: take the client address from X-Forwarded-For.
  readonly trustProxy?: boolean;
}

export interface AppEnv {
  Variables: {
    store: Store;
    config: AppConfig;
    user: SessionUser | null;
    sessionId: string | null;
    // Names the request in the log lines it causes.
    requestId: string;
    // Hashes of the <style> blocks the answer's page carries, for its CSP.
    inlineStyleSources?: readonly string[];
  };
}
