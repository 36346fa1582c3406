import { QueryClient, dehydrate, hydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { firstScreenStateScript, readFirstScreenState } from './first-screen-state';

describe('the first screen’s answers carried in the page', () => {
  it('survive any text in them, which can neither close the element nor open a comment', () => {
    const client = new QueryClient();
    const title = 'Arts </script><script>alert(1)</script> <!-- & more';
    client.setQueryData(['plan'], { title });
    const script = firstScreenStateScript(dehydrate(client));
    const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
    expect(body).not.toContain('<');
    document.body.innerHTML = script;
    const state = readFirstScreenState(document);
    expect(state?.queries[0]?.state.data).toEqual({ title });
  });

  it('carry no time of their own, and are as fresh as the page when the browser reads them', () => {
    const client = new QueryClient();
    client.setQueryData(['overview', {}], { asOf: '2026-Q3' });
    const script = firstScreenStateScript(dehydrate(client));
    const later = new QueryClient();
    later.setQueryData(['overview', {}], { asOf: '2026-Q3' }, { updatedAt: Date.now() + 60_000 });
    // Drawn from the same answers at another time, the page is the same.
    expect(firstScreenStateScript(dehydrate(later))).toBe(script);
    document.body.innerHTML = script;
    const state = readFirstScreenState(document, 1_800_000_000_000);
    expect(state?.queries[0]?.state.dataUpdatedAt).toBe(1_800_000_000_000);
    // Hydrated, the answers count as just read: nothing is asked again on mount.
    const browser = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
    hydrate(browser, readFirstScreenState(document) ?? { queries: [], mutations: [] });
    expect(browser.getQueryState(['overview', {}])?.isInvalidated).toBe(false);
    expect(Date.now() - (browser.getQueryState(['overview', {}])?.dataUpdatedAt ?? 0)).toBeLessThan(30_000);
  });

  it('are absent from a page the browser renders itself', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(readFirstScreenState(document)).toBeUndefined();
  });
});
