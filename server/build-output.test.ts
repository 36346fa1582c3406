import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './testing/child-server';

describe('the production build', () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'plan-tracker-build-'));
    await buildApp(path.join(root, 'dist'));
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // The built page, and the code of the entry script it names.
  const builtPage = () => {
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/(assets\/index-[^"]+\.js)"><\/script>/.exec(html)?.[1];
    if (entry === undefined) throw new Error('index.html names no entry script');
    return { html, entryCode: readFileSync(path.join(root, 'dist', entry), 'utf8') };
  };

  it('ships the app and not the mock API worker', () => {
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'dist', 'mockServiceWorker.js'))).toBe(false);
  });

  it('has the page fetch the app’s code with its tiny entry, which loads that code with a dynamic import', () => {
    const { html, entryCode } = builtPage();
    // start-app-<hash>.js, not start-app-contract-<hash>.js (its contract's modules).
    const app = readdirSync(path.join(root, 'dist', 'assets')).find((file) => /^start-app-[\w-]{8}\.js$/.test(file));
    expect(app).toBeDefined();
    // The entry is small, and imports the app only once the page is painted.
    expect(entryCode.length).toBeLessThan(5_000);
    expect(entryCode).toContain(app);
    // A page rendered in the browser does not wait for the entry to ask for it.
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/assets/${app}">`);
  });

  it('has the entry add no module preloads for the app: the page names them, or the module graph fetches them', () => {
    const { html, entryCode } = builtPage();
    // The loader's list of files to add before the import: stylesheets only.
    const listed = [...entryCode.matchAll(/"(assets\/[^"]+)"/g)].map(([, file]) => file ?? '');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((file) => !file.endsWith('.css'))).toEqual([]);
    // The app's chunks are still named by the page, for pages the browser renders.
    expect([...html.matchAll(/<link rel="modulepreload"/g)].length).toBeGreaterThan(1);
  });

  it('brings the app in one chunk, beside its contract’s schemas and the bundler’s helpers, not in a request per shared module', () => {
    const { html } = builtPage();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/([^"]+)">/g)].map(([, file]) => file);
    expect(preloaded[0]).toMatch(/^start-app-[\w-]{8}\.js$/);
    expect(preloaded.length).toBeLessThanOrEqual(3);
  });

  it('links every stylesheet the app’s code would load, so the page (and the page the server renders from it) has them', () => {
    const { html, entryCode } = builtPage();
    // The files the entry's loader fetches with the app's code.
    const loaded = [...entryCode.matchAll(/"(assets\/[^"]+\.css)"/g)].map(([, file]) => `/${file}`);
    expect(loaded.length).toBeGreaterThan(0);
    const linked = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)].map(([, href]) => href);
    expect(linked).toEqual(expect.arrayContaining(loaded));
  });
});
