import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadPageRenderer, pageRendererFile } from './page-renderer';

describe('the server entry as loaded by the server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-entry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is looked for beside the built app', () => {
    expect(pageRendererFile('/srv/plan-tracker/dist')).toBe(path.join('/srv/plan-tracker/dist-server', 'entry-server.js'));
  });

  it('leaves pages to the browser, saying why, when it is missing, broken or not a renderer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await loadPageRenderer(path.join(dir, 'missing.js'))).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered in the browser'));
    const broken = path.join(dir, 'broken.mjs');
    writeFileSync(broken, "import 'no-such-package-anywhere';\n");
    expect(await loadPageRenderer(broken)).toBeUndefined();
    const other = path.join(dir, 'other.mjs');
    writeFileSync(other, 'export const renderPage = () => null;\n');
    expect(await loadPageRenderer(other)).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(2);
  });

  it('hands over the entry’s loadPage and renderPage', async () => {
    const entry = path.join(dir, 'entry.mjs');
    writeFileSync(entry, "export const loadPage = async (url, load) => ({ url, plan: await load('/api/plan') });\nexport const renderPage = ({ url, plan }) => ({ markup: `${url} ${plan}`, stateScript: '' });\n");
    const renderer = await loadPageRenderer(entry);
    const answers = await renderer?.loadPage('/', (apiPath) => Promise.resolve(apiPath));
    expect(answers).toEqual({ url: '/', plan: '/api/plan' });
    expect(answers && renderer?.renderPage(answers)).toEqual({ markup: '/ /api/plan', stateScript: '' });
  });
});
