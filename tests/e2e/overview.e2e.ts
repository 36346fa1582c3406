import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, openSignedIn, screenshot } from './browser';

describe('the overview in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('renders the 24 cells of the matrix, with no accessibility violation', async () => {
    const page = await newPage(browser);
    await openSignedIn(page, baseUrl, 'board member');
    // From here on: before signing in, the app's "who am I?" is answered 401 by design.
    const errors = collectConsoleErrors(page);
    const matrix = page.getByRole('table', { name: 'Priorities by focus area' });
    await matrix.waitFor();
    await expect(matrix.locator('tbody td:not(.matrix-total)').count()).resolves.toBe(24);
    await page.getByText('Sample data', { exact: true }).waitFor({ state: 'visible' });
    // The status chart loads after the matrix; the page is complete once it is drawn.
    await page.locator('.chart-area svg').first().waitFor();
    await screenshot(page, 'overview-1280');
    expect(await checkA11y(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('arrives drawn by the server when opened signed in, and becomes interactive without an error', async () => {
    const page = await newPage(browser);
    await openSignedIn(page, baseUrl, 'board member');
    await page.getByRole('table', { name: 'Priorities by focus area' }).waitFor();
    const errors = collectConsoleErrors(page);
    const response = await page.reload();
    // The matrix is in the page as sent, before any of the app's code has run.
    await expect(response?.text()).resolves.toMatch(/<caption[^>]*>Priorities by focus area<\/caption>/);
    await page.locator('.chart-area svg').first().waitFor();
    await page.getByLabel('As of').selectOption('2025-Q2');
    await page.waitForURL(/quarter=2025-Q2/);
    await page.getByText(/as of Q2 2025/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('arrives styled as the app draws it, and the app’s code loads no stylesheet again', async () => {
    const page = await newPage(browser);
    await openSignedIn(page, baseUrl, 'board member');
    await page.locator('.chart-area svg').first().waitFor();
    // What a reader sees until the app's code has run (and for good where it cannot run).
    const asSent = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false, viewport: DESKTOP, locale: 'en-US' });
    const sent = await asSent.newPage();
    await sent.goto(baseUrl);
    const looks = (p: Page) =>
      p.evaluate(() => {
        const box = (selector: string) => Math.round(document.querySelector(selector)?.getBoundingClientRect().height ?? -1);
        const bar = document.querySelector('.history-fill-completed');
        return { main: box('main'), statusOverTime: box('.history-section'), completedBar: bar ? getComputedStyle(bar).fill : 'none' };
      });
    const drawn = await looks(page);
    expect(drawn.completedBar).not.toBe('rgb(0, 0, 0)');
    await expect(looks(sent)).resolves.toEqual(drawn);
    // Its <noscript> (which locators do not read) says what it lacks, not that it shows nothing.
    await expect(sent.evaluate(() => document.querySelector('noscript')?.textContent)).resolves.toMatch(/^This overview is shown as it was sent/);
    await asSent.close();

    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.reload();
    // Once the app answers a choice, its code has run.
    await page.getByLabel('As of').selectOption('2025-Q2');
    await page.getByText(/as of Q2 2025/).waitFor();
    expect(stylesheets).toEqual([]);
    await expect(page.locator('link[rel="stylesheet"]:not([disabled])').count()).resolves.toBe(0);
    await page.close();
  });

  it('opens exactly a cell’s actions when the cell is clicked', async () => {
    const page = await newPage(browser);
    await openSignedIn(page, baseUrl, 'board member');
    await page.getByRole('link', { name: /actions? in PROMOTE SOCIAL AND EMOTIONAL WELLNESS, Voice & Agency/ }).click();
    await page.waitForURL(/\/actions\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('priority')).toBe('wellness');
    expect(url.searchParams.get('focusArea')).toBe('voice-agency');
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor({ state: 'visible' });
    await page.close();
  });

  it('reads at phone width, the matrix and the status chart without a sideways scroll', async () => {
    const page = await newPage(browser, MOBILE);
    await openSignedIn(page, baseUrl, 'board member');
    await page.getByRole('table', { name: 'Priorities by focus area' }).waitFor();
    await page.locator('.chart-area svg').first().waitFor();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, 'overview-390');
    expect(await checkA11y(page)).toEqual([]);
    await page.close();
  });

  it('prints the status table whole: every column fits the page', async () => {
    // A letter page less Chromium's default margins is about 720 CSS pixels wide.
    const page = await newPage(browser, { width: 720, height: 1000 });
    await openSignedIn(page, baseUrl, 'board member');
    await page.locator('.chart-area svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const table = page.locator('.history-table');
    await expect(table.evaluate((element) => element.getBoundingClientRect().right <= (element.parentElement?.getBoundingClientRect().right ?? 0))).resolves.toBe(true);
    await expect(table.locator('thead th').last().textContent()).resolves.toBe('Total');
    await page.close();
  });

  it('is usable by keyboard: the skip link and the first cell are reachable with Tab', async () => {
    const page = await newPage(browser);
    await openSignedIn(page, baseUrl, 'board member');
    await page.getByRole('table', { name: 'Priorities by focus area' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    let reachedCell = false;
    for (let i = 0; i < 30 && !reachedCell; i += 1) {
      await page.keyboard.press('Tab');
      reachedCell = await page.evaluate(() => document.activeElement?.closest('.plan-matrix tbody') != null);
    }
    expect(reachedCell).toBe(true);
    await page.close();
  });
});
