import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../parse-csv';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, screenshot } from './browser';

// Opens a URL as the staff member: the demo's sign-in page may come first
// (its 401s are expected), so errors are collected from after it.
async function openAsStaff(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const demo = page.getByRole('button', { name: /^Sign in as staff/ });
  const main = page.locator('main h1');
  await main.or(demo).first().waitFor();
  if (await demo.isVisible()) {
    await demo.click();
    await page.waitForURL((current) => !current.pathname.endsWith('/sign-in'));
  }
  return collectConsoleErrors(page);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// The due quarters of the rows shown, as "YYYY-Qn" so they compare as text.
async function dueQuarters(page: Page): Promise<string[]> {
  const labels = await page.locator('.action-table tbody .action-due > span:first-child').allTextContents();
  return labels.map((label) => label.replace(/^Q(\d) (\d{4})$/, '$2-Q$1'));
}

async function openFirstAction(page: Page): Promise<string> {
  const link = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.click();
  await page.waitForURL(/\/actions\/a-\d+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('list', { name: 'Status by quarter' }).waitFor();
  return title;
}

// A staff member's path: the explorer, a filter, a sort, then one action.
describe('a staff member’s path in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('filters by focus area, sorts by due quarter and opens an action, at 1280 px', async () => {
    const page = await newPage(browser, DESKTOP);
    const errors = await openAsStaff(page, `${baseUrl}actions`);
    await page.getByRole('table', { name: /^Actions as of/ }).waitFor();
    const lede = page.locator('.actions-page .lede');
    const all = Number((await lede.textContent())?.match(/^(\d+) of (\d+) actions/)?.[2]);
    expect(all).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Focus area' }).selectOption({ label: 'Community Building' });
    await page.waitForURL(/focusArea=community-building/);
    await expect.poll(() => lede.textContent()).toMatch(new RegExp(`^\\d+ of ${all} actions in Community Building, as of`));

    const due = page.getByRole('columnheader', { name: 'Due' });
    await due.getByRole('button', { name: 'Due' }).click();
    await page.waitForURL(/sort=dueQuarter/);
    await expect.poll(() => due.getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('table', { name: /sorted by due quarter, earliest first/ }).waitFor();
    const quarters = await dueQuarters(page);
    expect(quarters.length).toBeGreaterThan(1);
    expect(quarters).toEqual([...quarters].sort());
    await expect(page.locator('.actions-results').getAttribute('aria-busy')).resolves.toBe('false');
    await screenshot(page, 'actions-explorer-1280');
    expect(await checkA11y(page)).toEqual([]);
    const listUrl = page.url();

    await openFirstAction(page);
    await expect(page.getByRole('list', { name: 'Status by quarter' }).getByRole('listitem').count()).resolves.toBe(16);
    const updates = page.getByRole('region', { name: 'Quarterly updates' });
    await expect(updates.getByRole('article').count().then((n) => n > 0 || updates.getByText(/^No updates yet/).isVisible())).resolves.toBe(true);
    await page.getByText('Sample data', { exact: true }).first().waitFor();
    await screenshot(page, 'action-1280');
    expect(await checkA11y(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to the action list' }).click();
    await page.waitForURL(listUrl);
    await page.getByRole('table', { name: /sorted by due quarter/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads at 390 px: the explorer scrolls its table inside its own region, the action page fits', async () => {
    const page = await newPage(browser, MOBILE);
    const errors = await openAsStaff(page, `${baseUrl}actions?focusArea=community-building&sort=dueQuarter`);
    await page.getByRole('table', { name: /sorted by due quarter/ }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, 'actions-explorer-390');
    expect(await checkA11y(page)).toEqual([]);

    await openFirstAction(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, 'action-390');
    expect(await checkA11y(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the CSV of what the list shows, and the workbook of its updates', async () => {
    const page = await newPage(browser, DESKTOP);
    const errors = await openAsStaff(page, `${baseUrl}actions?focusArea=voice-agency&sort=-percentComplete`);
    await page.getByRole('table', { name: /sorted by percent complete/ }).waitFor();
    const titles = await page.getByRole('table').getByRole('rowheader').allTextContents();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download (these \d+ actions|this action) as CSV$/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pef-actions-\d{4}-Q\d\.csv$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFFID,Title,')).toBe(true);
    const [header = [], ...rows] = parseCsv(text.slice(1));
    expect(rows.map((row) => row[header.indexOf('Title')])).toEqual(titles);
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download the updates of (these \d+ actions|this action) as Excel$/ }).click()]);
    expect(workbook.suggestedFilename()).toMatch(/^pef-updates-\d{4}-Q\d\.xlsx$/);
    // A workbook is a zip file.
    expect((await readFile((await workbook.path()) ?? '')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(errors).toEqual([]);
    await page.close();
  });
});
