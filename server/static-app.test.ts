import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { precompressDir } from '../scripts/precompress';
import { loadPageRenderer, type PageRenderer } from './page-renderer';
import { serveBuiltApp } from './static-app';
import { projectRoot } from './testing/child-server';
import { sampleNewAction } from './testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from './testing/test-app';

const script = `export const figures = [${Array.from({ length: 400 }, (_, i) => i).join(', ')}];\n`;
const page = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>Plan Tracker</p>'.repeat(80)}</body></html>`;

describe('the built app as served', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'plan-tracker-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), page);
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    await precompressDir(dist);
    t = await createTestApp();
    serveBuiltApp(t.app, dist);
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await t.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => send(t.app, 'GET', url, { headers });

  it('sends a hashed asset brotli-compressed when the browser takes it, kept for a year', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, saying it varies by encoding', async () => {
    const gzipped = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(script);
  });

  it('answers a missing asset with 404, not with the page, and does not let it be cached', async () => {
    const response = await get('/assets/index-old999.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
  });

  it('has every screen’s URL revalidate the page, and answers 304 while it is unchanged', async () => {
    const first = await get('/actions?priority=wellness', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': tag ?? '' });
    expect(again.status).toBe(304);
    expect(await get('/', { 'if-none-match': tag ?? '' })).toHaveProperty('status', 200);
  });

  it('tells search engines to stay out', async () => {
    const response = await get('/robots.txt');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/^Disallow: \/$/m);
  });
});

describe('the overview rendered on the server', () => {
  // The entry's stylesheet and the app chunk's, both linked by the built page.
  const template = '<!doctype html><html><head><link rel="stylesheet" href="/assets/index-abc123.css">\n    <link rel="stylesheet" crossorigin href="/assets/start-app-abc123.css">\n    <link rel="modulepreload" crossorigin href="/assets/start-app-abc123.js"></head><body><div id="root"></div><noscript>Plan Tracker needs JavaScript to show the plan’s progress.</noscript><script type="module" src="/assets/index-abc123.js"></script></body></html>';
  const stylesheet = '.matrix{color:#123}';
  const appStylesheet = '.history-chart{display:flex}';
  let dist: string;
  let renderer: PageRenderer;
  const tests: TestApp[] = [];
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'plan-tracker-dist-'));
    writeFileSync(path.join(dist, 'index.html'), template);
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'assets', 'index-abc123.css'), stylesheet);
    writeFileSync(path.join(dist, 'assets', 'start-app-abc123.css'), appStylesheet);
    // The app's server entry from source, as the build bundles it.
    const entry = await loadPageRenderer(path.join(projectRoot, 'src', 'entry-server.tsx'));
    if (entry === undefined) throw new Error('no server entry');
    renderer = entry;
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await Promise.all(tests.map((t) => t.close()));
  });

  async function appWith(pageRenderer: PageRenderer): Promise<TestApp> {
    const t = await createTestApp();
    tests.push(t);
    serveBuiltApp(t.app, dist, pageRenderer);
    return t;
  }

  const dataBlock = (html: string) => /<script type="application\/json" id="first-screen-state">([\s\S]*?)<\/script>/.exec(html)?.[1];

  it('sends a signed-in user the matrix in the page, with the answers it was drawn from', async () => {
    const t = await appWith(renderer);
    const response = await send(t.app, 'GET', '/?quarter=2025-Q4', { cookie: await signIn(t.app, 'board') });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toMatch(/<caption[^>]*>Priorities by focus area<\/caption>/);
    expect(html).toMatch(/as of.*Q4 2025/);
    // The stylesheets written in, in their order, so the page paints styled without another request; the CSP allows
    // those blocks alone. Each leaves its link disabled: not fetched, and found there by the app's loader, which would
    // otherwise fetch the app chunk's stylesheet and restyle the page once its code runs.
    expect(html.indexOf(`<style>${stylesheet}</style>`)).toBeLessThan(html.indexOf(`<style>${appStylesheet}</style>`));
    expect(html.indexOf(`<style>${appStylesheet}</style>`)).toBeLessThan(html.indexOf('<body>'));
    const links = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map(([link]) => link);
    expect(links).toEqual(['<link rel="stylesheet" href="/assets/index-abc123.css" disabled>', '<link rel="stylesheet" href="/assets/start-app-abc123.css" disabled>']);
    const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    expect(response.headers.get('content-security-policy')).toContain(`style-src 'self' ${hash(stylesheet)} ${hash(appStylesheet)};`);
    expect(html).toContain('src="/assets/index-abc123.js"');
    // The app's code is fetched by its entry once this page is painted, not preloaded to compete with that paint.
    expect(html).not.toContain('modulepreload');
    // Without JavaScript the page says what it lacks, not that it shows nothing.
    expect(html).toContain('<noscript>This overview is shown as it was sent: choosing a quarter, filtering and the other screens need JavaScript.</noscript>');
    expect(html).not.toContain('needs JavaScript to show');
    const block = dataBlock(html);
    expect(block).toBeDefined();
    expect(block).not.toContain('<');
    const state = JSON.parse(block ?? '') as { queries: { queryKey: unknown[] }[] };
    expect(state.queries.map((query) => query.queryKey)).toEqual(
      expect.arrayContaining([['session'], ['plan'], ['overview', { quarter: '2025-Q4' }], ['status-history', {}], ['sample-data']]),
    );
  });

  it('labels the sample data in the page as sent, so no invented figure shows unlabelled until the app runs', async () => {
    const t = await appWith(renderer);
    const html = await (await send(t.app, 'GET', '/', { cookie: await signIn(t.app, 'board') })).text();
    expect(html).toMatch(/<strong>Sample data<\/strong>/);
    // A board member does not report, so the page neither asks nor shows what is due.
    expect(html).not.toContain('Updates due');
    expect(dataBlock(html)).not.toContain('updates-due');
  });

  it('shows those who report how many updates are due, in the navigation as sent', async () => {
    const t = await appWith(renderer);
    const due = (await (await send(t.app, 'GET', '/api/updates-due', { cookie: await signIn(t.app, 'admin') })).json()) as { total: number };
    expect(due.total).toBeGreaterThan(0);
    const html = await (await send(t.app, 'GET', '/', { cookie: await signIn(t.app, 'admin') })).text();
    expect(html).toMatch(new RegExp(`Updates due<span class="nav-count">${due.total}<span class="visually-hidden"> missing</span>`));
  });

  it('sends the rendered page compressed whole, with its length: brotli, else gzip, else plain', async () => {
    const t = await appWith(renderer);
    const cookie = await signIn(t.app, 'board');
    const decoders: [string, string | null, (body: Buffer) => Buffer][] = [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['identity', null, (body) => body],
    ];
    for (const [accepted, encoding, decode] of decoders) {
      const response = await send(t.app, 'GET', '/', { cookie, headers: { 'accept-encoding': accepted } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(body.byteLength));
      expect(decode(body).toString()).toMatch(/Priorities by focus area/);
    }
  });

  it('draws a page once while what it shows is unchanged, and afresh after any change, for each user apart', async () => {
    let drawn = 0;
    const counting: PageRenderer = { ...renderer, renderPage: (answers) => (drawn++, renderer.renderPage(answers)) };
    const t = await appWith(counting);
    const board = await signIn(t.app, 'board');
    const first = await (await send(t.app, 'GET', '/', { cookie: board })).text();
    expect(await (await send(t.app, 'GET', '/', { cookie: board })).text()).toBe(first);
    expect(drawn).toBe(1);
    // The same person signed in elsewhere sees the same page; another person gets their own.
    expect(await (await send(t.app, 'GET', '/', { cookie: await signIn(t.app, 'board') })).text()).toBe(first);
    expect(drawn).toBe(1);
    const director = await (await send(t.app, 'GET', '/', { cookie: await signIn(t.app, 'admin') })).text();
    expect(director).toMatch(/Executive director/);
    expect(director).not.toMatch(/Board member/);
    expect(drawn).toBe(2);
    // A staff member's new action changes the count: the board sees it on the next load.
    const staff = await signIn(t.app, 'staff');
    expect((await send(t.app, 'POST', '/api/actions', { cookie: staff, body: sampleNewAction })).status).toBe(201);
    const after = await (await send(t.app, 'GET', '/', { cookie: board })).text();
    const total = (html: string) => /<li class="headline-total">.*?<span class="figure">([\d,]+)<\/span>/.exec(html)?.[1];
    expect(Number(total(after))).toBe(Number(total(first)) + 1);
    expect(drawn).toBe(3);
  });

  it('sends the plain page to a visitor who is not signed in, or whose session has ended', async () => {
    const t = await appWith(renderer);
    for (const cookie of [undefined, 'plan_tracker_session=no-such-session']) {
      const response = await send(t.app, 'GET', '/', { cookie });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(template);
    }
  });

  it('sends the plain page when rendering fails, never an error', async () => {
    const failing: PageRenderer = {
      ...renderer,
      renderPage: () => {
        throw new Error('render failed');
      },
    };
    const t = await appWith(failing);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await send(t.app, 'GET', '/', { cookie: await signIn(t.app, 'staff') });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(template);
    expect(errors).toHaveBeenCalled();
  });

  it('renders only the overview on the server; other screens are rendered in the browser', async () => {
    const t = await appWith(renderer);
    const response = await send(t.app, 'GET', '/actions', { cookie: await signIn(t.app, 'board') });
    expect(await response.text()).toBe(template);
  });
});
