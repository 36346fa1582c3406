import { createAdaptorServer } from '@hono/node-server';
import { once } from 'node:events';
import { Agent, request, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../testing/test-app';
import { maxBodyBytes } from './body-size-limit';

function post(port: number, agent: Agent, body: string): Promise<{ response: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/session', method: 'POST', agent, headers: { 'content-type': 'application/json', host: new URL(testOrigin).host, origin: testOrigin } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ response, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('a body over the size limit, on a real socket', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
    server = createAdaptorServer({ fetch: t.app.fetch }) as Server;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('is a 413 that says Connection: close, and the client’s next request on the same agent succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const huge = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(maxBodyBytes * 4) });
      const refused = await post(port, agent, huge);
      expect(refused.response.statusCode).toBe(413);
      expect(refused.response.headers.connection).toBe('close');
      expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'payload_too_large' } });
      const next = await post(port, agent, JSON.stringify({ email: 'nobody@example.org', password: 'wrong' }));
      expect(next.response.statusCode).toBe(401);
    } finally {
      agent.destroy();
    }
  });
});
