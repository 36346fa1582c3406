import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { previousQuarter, quarterLabel, quarterOfDate } from '../../src/domain/quarters';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, openSignedIn, RESULTS_DIR, screenshot } from './browser';

// The real server's clock decides the quarter in progress; this machine's is the
// same one. Nothing is published in a fresh demo, so staff report on the
// quarter before it, the one open for reporting.
const current = previousQuarter(quarterOfDate(new Date()));
const note = 'The spring cohort lost its venue; we are booking the library instead.';

async function headline(page: Page, status: string): Promise<number> {
  const figures = page.getByRole('list', { name: 'Actions by status' });
  const item = figures.getByRole('listitem').filter({ hasText: status });
  return Number(await item.locator('.figure').textContent());
}

async function openOverview(page: Page, baseUrl: string): Promise<{ onTrack: number; atRisk: number }> {
  await page.goto(`${baseUrl}?quarter=${current}`);
  await page.getByText(new RegExp(`as of ${quarterLabel(current)}`)).waitFor();
  return { onTrack: await headline(page, 'On track'), atRisk: await headline(page, 'At risk') };
}

// An element alone, for a closer look than the whole page gives.
async function elementShot(locator: Locator, name: string): Promise<void> {
  await locator.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('changing data on the real server, in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  // The action the staff member updates, for the later checks.
  let actionPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('staff record this quarter’s update on an action, and the overview counts it', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, `${baseUrl}?quarter=${current}`, 'staff');
    const errors = collectConsoleErrors(page);
    const before = await openOverview(page, baseUrl);

    // An action on track as of this quarter (carried forward: no update yet this quarter).
    await page.goto(`${baseUrl}actions?status=on-track&quarter=${current}`);
    const link = page.getByRole('table', { name: /^Actions as of/ }).getByRole('rowheader').first().getByRole('link');
    const title = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/actions\/a-\d+$/);
    actionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const form = page.getByRole('region', { name: 'Record an update' });
    await expect(form.getByRole('combobox', { name: 'Quarter' }).inputValue()).resolves.toBe(current);
    await form.getByRole('radio', { name: 'At risk' }).check();
    await form.getByRole('textbox', { name: /^Note/ }).fill(note);
    await form.scrollIntoViewIfNeeded();
    await elementShot(form, 'update-form-1280');
    expect(await checkA11y(page)).toEqual([]);

    await form.getByRole('button', { name: /^(Save|Replace) the update$/ }).click();
    await form.getByRole('status').filter({ hasText: `Saved the ${quarterLabel(current)} update.` }).waitFor();
    const newest = page.getByRole('list', { name: 'Quarterly updates' }).getByRole('article').first();
    await expect(newest.textContent()).resolves.toContain(note);
    await expect(newest.textContent()).resolves.toContain('At risk');
    const timeline = page.getByRole('list', { name: 'Status by quarter' }).getByRole('listitem').filter({ hasText: quarterLabel(current) });
    await expect(timeline.textContent()).resolves.toContain('At risk');

    const after = await openOverview(page, baseUrl);
    expect(after).toEqual({ onTrack: before.onTrack - 1, atRisk: before.atRisk + 1 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads well at 390 px: the update form and the action form fit the phone', async () => {
    const page = await newPage(browser, MOBILE);
    await openSignedIn(page, `${baseUrl}${actionPath.slice(1)}`, 'staff');
    const errors = collectConsoleErrors(page);
    const form = page.getByRole('region', { name: 'Record an update' });
    await form.getByText(`This replaces the ${quarterLabel(current)} update.`).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await elementShot(form, 'update-form-390');
    expect(await checkA11y(page)).toEqual([]);

    await page.goto(`${baseUrl}actions/new`);
    await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, 'action-form-390');
    expect(await checkA11y(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the action form from the explorer, with its checks accessible', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, `${baseUrl}actions`, 'staff');
    const errors = collectConsoleErrors(page);
    await page.getByRole('link', { name: 'New action' }).click();
    await page.waitForURL(/\/actions\/new$/);
    await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Family evenings on digital safety');
    await page.getByRole('combobox', { name: /^Priority/ }).selectOption('technology');
    await screenshot(page, 'action-form-1280');
    expect(await checkA11y(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create the action' }).click();
    await page.getByText('Choose a focus area.').waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'action-form-errors-1280');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('staff enter a benchmark’s actual, and its figures show it', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, `${baseUrl}benchmarks?priority=wellness`, 'staff');
    const errors = collectConsoleErrors(page);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: /^Edit values of / }).click();
    const year = card.getByRole('combobox', { name: 'School year' });
    const schoolYear = await year.locator('option').first().getAttribute('value');
    await year.selectOption(schoolYear ?? '');
    const actual = card.getByRole('spinbutton', { name: /^Actual/ });
    await actual.fill('42');
    await card.locator('.recharts-wrapper svg').first().waitFor();
    await elementShot(card, 'benchmark-values-1280');
    expect(await checkA11y(page)).toEqual([]);
    await card.getByRole('button', { name: /^Save the / }).click();
    await card.getByRole('status').filter({ hasText: /^Saved the .* values\.$/ }).waitFor();
    await card.getByRole('button', { name: 'Show the numbers as a table' }).click();
    const row = card.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: (schoolYear ?? '').replace('-', '–'), exact: true }) });
    await expect(row.textContent()).resolves.toMatch(/42\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a board member no control to change anything, and the server refuses their write', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, `${baseUrl}${actionPath.slice(1)}`, 'board member');
    const errors = collectConsoleErrors(page);
    await page.getByRole('list', { name: 'Status by quarter' }).waitFor();
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Record an update' }).count()).resolves.toBe(0);
    await expect(main.getByRole('link', { name: /edit/i }).count()).resolves.toBe(0);
    await expect(main.locator('form, input, textarea, select, button').count()).resolves.toBe(0);

    await page.goto(`${baseUrl}actions`);
    await page.getByRole('table', { name: /^Actions as of/ }).waitFor();
    await expect(page.getByRole('link', { name: /new action/i }).count()).resolves.toBe(0);

    await page.goto(`${baseUrl}benchmarks`);
    await page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
    await page.getByRole('article').first().waitFor();
    await expect(page.getByRole('button', { name: /edit/i }).count()).resolves.toBe(0);

    const status = await page.evaluate(async (url) => {
      const body = JSON.stringify({ quarter: '2024-Q1', status: 'on-track', percentComplete: 10, note: '' });
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return response.status;
    }, `${baseUrl}api${actionPath}/updates`);
    expect(status).toBe(403);
    // The refused write is the page's own doing here, not the app's.
    expect(errors.filter((e) => !e.includes('403'))).toEqual([]);
    await page.close();
  });
});
