import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, screenshot, type ViewportSize } from './browser';

const priorityTitle = 'PROMOTE SOCIAL AND EMOTIONAL WELLNESS';

// The chart is drawn when its <svg> is in the frame's chart area.
async function chartDrawn(page: Page): Promise<void> {
  await page.locator('.chart-area svg').first().waitFor({ state: 'visible' });
}

// Opens a URL as the board member: the demo's sign-in page comes first (its
// 401s before signing in are expected, so errors are collected after it).
async function openAsBoardMember(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (new URL(page.url()).pathname.endsWith('/sign-in')) {
    await page.getByRole('button', { name: /Sign in as board member/ }).click();
    await page.waitForURL((current) => !current.pathname.endsWith('/sign-in'));
  }
  return collectConsoleErrors(page);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// A board member's path: the overview and its status over time, then one
// priority's own page with its chart and its benchmarks.
describe('a board member’s path in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('goes from the overview’s chart to a priority’s page by its row header', async () => {
    const page = await newPage(browser, DESKTOP);
    const errors = await openAsBoardMember(page, baseUrl);
    const history = page.getByRole('region', { name: 'Status over time' });
    await history.scrollIntoViewIfNeeded();
    await chartDrawn(page);
    await expect(history.getByText('Not yet reported', { exact: true }).first().isVisible()).resolves.toBe(true);
    await history.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'board-overview-chart', { fullPage: false });
    await history.getByRole('button', { name: 'Show the numbers as a table' }).click();
    await history.getByRole('table', { name: /Actions by status in each quarter/ }).waitFor();
    expect(await checkA11y(page)).toEqual([]);

    await page.getByRole('link', { name: `Priority 2: ${priorityTitle}` }).click();
    await page.waitForURL(/\/priorities\/wellness$/);
    await page.getByRole('heading', { level: 1, name: `Priority 2: ${priorityTitle}` }).waitFor();
    await chartDrawn(page);
    const benchmarks = page.getByRole('region', { name: 'Benchmarks' });
    const firstMeasure = benchmarks.getByRole('heading', { level: 3 }).first();
    await firstMeasure.scrollIntoViewIfNeeded();
    await expect(firstMeasure.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [size, viewport] of [['1280', DESKTOP], ['390', MOBILE]] as [string, ViewportSize][]) {
    it(`reads the priority page at ${size} px, with no accessibility violation`, async () => {
      const page = await newPage(browser, viewport);
      const errors = await openAsBoardMember(page, `${baseUrl}priorities/wellness`);
      await page.getByRole('heading', { level: 1, name: `Priority 2: ${priorityTitle}` }).waitFor();
      await chartDrawn(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `priority-${size}`);
      const history = page.getByRole('region', { name: 'Status over time' });
      await history.getByRole('button', { name: 'Show the numbers as a table' }).click();
      await history.getByRole('table').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
      expect(await checkA11y(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
