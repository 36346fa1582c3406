import { describe, expect, it } from 'vitest';
import { matrixCaption, serveStaticTable, staticTableHtml } from './static-table-page';

describe('the static 6×4 table', () => {
  it('has the matrix caption, four focus-area columns and six priority rows', () => {
    const html = staticTableHtml();
    expect(html).toContain(`<caption>${matrixCaption}</caption>`);
    expect(html.match(/<th scope="col">/g)).toHaveLength(4);
    expect(html.match(/<th scope="row">/g)).toHaveLength(6);
    expect(html).toContain('Programs &amp; Projects');
  });

  it('is served on loopback, uncached', async () => {
    const page = await serveStaticTable();
    try {
      const response = await fetch(page.url);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toBe(staticTableHtml());
    } finally {
      await page.close();
    }
  });

  it('can be served behind the app’s own security headers, the table unchanged', async () => {
    const page = await serveStaticTable({ appHeaders: true });
    try {
      const response = await fetch(page.url);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toBe(staticTableHtml());
    } finally {
      await page.close();
    }
  });
});
