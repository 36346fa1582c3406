// The yardstick of the cold loads: the overview's 6×4 matrix as a plain,
// static HTML table, served from the same loopback as the app.
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { securityHeaders } from '../../server/http/security-headers';
import { pefPlan } from '../../src/domain/pef-plan';

export const matrixCaption = 'Priorities by focus area';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function staticTableHtml(): string {
  const head = pefPlan.focusAreas.map((area) => `<th scope="col">${escapeHtml(area.name)}</th>`).join('');
  const rows = pefPlan.priorities
    .map((priority, p) => `<tr><th scope="row">${escapeHtml(priority.title)}</th>${pefPlan.focusAreas.map((_, f) => `<td>${(p * 4 + f) % 7}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Static matrix</title></head>
<body><main><table><caption>${matrixCaption}</caption>
<thead><tr><td></td>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></main></body></html>`;
}

export interface StaticPageServer {
  url: string;
  close(): Promise<void>;
}

const plainListener = (html: string): RequestListener => (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
};

// The same table behind the app's own security headers, so a reader can tell
// what the headers cost a cold load from what the app's page costs.
const withAppHeadersListener = (html: string): RequestListener => {
  const app = new Hono();
  app.use(securityHeaders(false));
  app.get('/', (c) => {
    c.header('cache-control', 'no-store');
    return c.html(html);
  });
  return getRequestListener(app.fetch);
};

export async function serveStaticTable({ appHeaders = false }: { appHeaders?: boolean } = {}): Promise<StaticPageServer> {
  const html = staticTableHtml();
  const server: Server = createServer((appHeaders ? withAppHeadersListener : plainListener)(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
