import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, openSignedIn, screenshot, watchLoadingMessages } from './browser';

// Every screen, at desktop and phone width: it shows its heading, has no
// accessibility violation and logs no error. The screenshots are looked at.
// Read as a board member, but the forms (staff) and the admin screens.
type Role = Parameters<typeof openSignedIn>[2];
const screens: readonly { name: string; path: string; heading: string | RegExp; role?: Role }[] = [
  { name: 'actions', path: 'actions?priority=wellness', heading: 'Actions' },
  { name: 'plan', path: 'plan', heading: '2023–2027 Strategic Plan' },
  { name: 'benchmarks', path: 'benchmarks', heading: 'Benchmarks' },
  { name: 'benchmark-new', path: 'benchmarks/new', heading: 'Add a measure', role: 'staff' },
  { name: 'benchmark-edit', path: 'benchmarks/teacher-retention-rate/edit', heading: /^Edit: /, role: 'staff' },
  { name: 'review', path: 'review', heading: /^Quarterly review/ },
  { name: 'import', path: 'admin/import', heading: 'Import', role: 'administrator' },
  { name: 'not-found', path: 'no/such/page', heading: 'Page not found' },
  { name: 'people', path: 'admin/users', heading: 'People', role: 'administrator' },
  { name: 'audit', path: 'admin/audit', heading: 'Audit', role: 'administrator' },
  { name: 'password', path: 'account/password', heading: 'Change your password' },
];

describe('every screen in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  for (const screen of screens) {
    for (const [size, viewport] of [['1280', DESKTOP], ['390', MOBILE]] as const) {
      it(`${screen.name} at ${size} px`, async () => {
        const page = await newPage(browser, viewport);
        await openSignedIn(page, `${baseUrl}${screen.path}`, screen.role ?? 'board member');
        // From here on: before signing in, the app's "who am I?" is answered 401 by design.
        const errors = collectConsoleErrors(page);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `${screen.name}-${size}`);
        expect(await checkA11y(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  // A page opened afresh (a link from an email, a bookmark, a reload) fetches
  // its screen's code and answers as the app starts, and draws the screen once
  // they are in: it never shows the "Loading…" that stands in for a screen.
  it('opens the sign-in screen and each signed-in screen afresh without a loading message before it', async () => {
    const page = await newPage(browser, DESKTOP);
    const loadingSeen = await watchLoadingMessages(page);
    // A first visit: sent to sign in, then on to the page it asked for.
    await openSignedIn(page, `${baseUrl}plan`, 'staff');
    await page.getByRole('heading', { level: 1, name: '2023–2027 Strategic Plan' }).waitFor();
    expect(await loadingSeen(), 'sign-in').toEqual([]);
    const actions = (await (await page.request.get(`${baseUrl}api/actions?pageSize=1`)).json()) as { items: { id: string; title: string }[] };
    const action = actions.items[0];
    if (action === undefined) throw new Error('The demo plan has no actions');
    const opened = [
      { path: 'actions?priority=wellness&sort=dueQuarter', heading: 'Actions' },
      { path: `actions/${action.id}`, heading: action.title },
      { path: 'plan', heading: '2023–2027 Strategic Plan' },
      { path: 'priorities/wellness', heading: /^Priority 2:/ },
      { path: 'review', heading: /^Quarterly review/ },
      { path: 'benchmarks', heading: 'Benchmarks' },
      { path: 'updates-due', heading: 'Updates due' },
    ];
    for (const { path, heading } of opened) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await loadingSeen(), path).toEqual([]);
    }
    await page.close();
  });

  // A link the person points at, or reaches by keyboard, has its screen's
  // code and answers asked for before the click, which then finds them in.
  it('asks for a linked screen’s answers as the pointer rests on its link or the keyboard reaches it', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, baseUrl, 'board member');
    await page.getByRole('table', { name: 'Priorities by focus area' }).waitFor();
    const main = page.getByRole('navigation', { name: 'Main' });
    const benchmarks = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/benchmarks', { timeout: 5_000 });
    await main.getByRole('link', { name: 'Benchmarks' }).hover();
    await benchmarks;
    const review = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/api/review/'), { timeout: 5_000 });
    await main.getByRole('link', { name: 'Review' }).focus();
    await review;
    await main.getByRole('link', { name: 'Benchmarks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
    await page.close();
  });
});
