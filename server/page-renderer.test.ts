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
    writeFileSync(other, 'export const render = () => null;\n');
    expect(await loadPageRenderer(other)).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(2);
  });

  it('hands over the entry’s renderPage', async () => {
    const entry = path.join(dir, 'entry.mjs');
    writeFileSync(entry, "export const renderPage = async (url) => ({ markup: url, stateScript: '' });\n");
    const renderer = await loadPageRenderer(entry);
    await expect(renderer?.renderPage('/', () => Promise.resolve(null))).resolves.toEqual({ markup: '/', stateScript: '' });
  });
});
