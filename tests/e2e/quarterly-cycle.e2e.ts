import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { previousQuarter, quarterLabel, quarterOfDate } from '../../src/domain/quarters';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, openSignedIn, RESULTS_DIR, screenshot } from './browser';

// On the real server's clock: the quarter in progress, and the one before it,
// open for reporting until the director publishes it.
const inProgress = quarterOfDate(new Date());
const open = previousQuarter(inProgress);
const label = quarterLabel(open);

// A demo account's cookie, for setting the scene through the API.
async function signedInCookie(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function pdfPages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }));
}

describe('the quarterly cycle in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  // The other files share this server: the quarter goes back to open for reporting.
  afterAll(async () => {
    await browser.close();
    const origin = new URL(baseUrl).origin;
    const cookie = await signedInCookie(origin, 'director@example.org');
    await fetch(`${origin}/api/quarters/${open}/reopen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ reason: 'Reopened after the end-to-end journey.' }),
    });
  });

  it('a staff member reports on the open quarter from their updates-due list, in place, on a phone', async () => {
    // An action the staff member started in the open quarter: its first report is owed, whatever the sample holds.
    const origin = new URL(baseUrl).origin;
    const cookie = await signedInCookie(origin, 'staff@example.org');
    const me = (await (await fetch(`${origin}/api/session`, { headers: { cookie } })).json()) as { user: { name: string } };
    const title = `Family science nights (${Date.now()})`;
    const created = await fetch(`${origin}/api/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({
        title,
        description: 'Evening science activities for families at two elementary schools.',
        priorityId: 'academic-benchmarks',
        focusAreaId: 'community-building',
        strategyId: null,
        owner: me.user.name,
        startQuarter: open,
        dueQuarter: inProgress,
        studentGroups: ['all-students'],
      }),
    });
    expect(created.status).toBe(201);

    for (const viewport of [MOBILE, DESKTOP]) {
      const page = await newPage(browser, viewport);
      await openSignedIn(page, `${baseUrl}updates-due`, 'staff');
      const errors = collectConsoleErrors(page);
      await page.getByRole('heading', { level: 1, name: 'Updates due' }).waitFor();
      await page.getByRole('link', { name: title }).waitFor();
      expect(await checkA11y(page)).toEqual([]);
      await screenshot(page, `updates-due-staff-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.close();
    }

    const page = await newPage(browser, MOBILE);
    await openSignedIn(page, `${baseUrl}updates-due`, 'staff');
    const errors = collectConsoleErrors(page);
    const owedBefore = Number(await page.locator('.nav-count').first().textContent().then((t) => /\d+/.exec(t ?? '')?.[0] ?? '0'));
    await page.getByRole('button', { name: `Record the update of ${title}` }).click();
    const form = page.getByRole('region', { name: `Record the update of ${title}` });
    await expect(form.getByRole('combobox', { name: 'Quarter' }).inputValue()).resolves.toBe(open);
    await form.getByRole('radio', { name: 'On track' }).check();
    await form.getByRole('spinbutton', { name: /Percent complete/ }).fill('20');
    await form.getByRole('textbox', { name: /^Note/ }).fill('The first two evenings are booked with the school PTAs.');
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'updates-due-staff-form-390');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await page.getByRole('status').filter({ hasText: `Saved the ${label} update of “${title}”.` }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    const owedAfter = owedBefore - 1;
    if (owedAfter === 0) await page.locator('.nav-count').waitFor({ state: 'detached' });
    else await page.locator('.nav-count').filter({ hasText: new RegExp(`^${owedAfter}`) }).waitFor();
    await screenshot(page, 'updates-due-staff-saved-390');
    expect(errors).toEqual([]);
    await page.close();

    const detail = await fetch(`${origin}/api/actions?q=${encodeURIComponent(title)}&quarter=${open}`, { headers: { cookie } });
    const list = (await detail.json()) as { items: { status: string; percentComplete: number }[] };
    expect(list.items).toEqual([expect.objectContaining({ status: 'on-track', percentComplete: 20 })]);
  });

  it('the director sees who owes updates, at 1280 and 390 px, with no accessibility violation', async () => {
    for (const viewport of [DESKTOP, MOBILE]) {
      const page = await newPage(browser, viewport);
      await openSignedIn(page, `${baseUrl}updates-due`, 'administrator');
      const errors = collectConsoleErrors(page);
      await page.getByRole('heading', { level: 1, name: 'Updates due' }).waitFor();
      await page.getByText(new RegExp(`${label} \\(.*\\) is open for reporting`)).waitFor();
      await screenshot(page, `updates-due-${viewport.width}`);
      expect(await checkA11y(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the director writes the summary, publishes, and saves a packet whose every page carries the quarter, its number and the sample label', async () => {
    const page = await newPage(browser, DESKTOP);
    await openSignedIn(page, `${baseUrl}review/${open}`, 'administrator');
    const errors = collectConsoleErrors(page);
    await page.getByRole('heading', { level: 1, name: `Quarterly review: ${label}` }).waitFor();
    const words = page.getByRole('region', { name: /From the executive director/ });
    await words.getByRole('textbox', { name: /^Summary/ }).fill('Most work is on track; two literacy actions slipped after the venue fell through.');
    await words.getByRole('textbox', { name: /^Decisions and asks/ }).fill('Approve moving the family reading nights to the library.');
    await words.getByRole('button', { name: 'Save the draft' }).click();
    await words.getByText(`Saved the ${label} summary.`).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'review-director-1280');

    await page.getByRole('button', { name: `Publish ${label}…` }).click();
    await page.getByRole('button', { name: `Yes, publish ${label}` }).click();
    await page.getByRole('heading', { name: `${label}: Published` }).waitFor();

    await page.getByRole('link', { name: 'Print / save the board packet' }).click();
    await page.getByRole('heading', { level: 1, name: `Board packet: ${label}` }).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const file = path.join(RESULTS_DIR, 'board-packet.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: true, preferCSSPageSize: true });
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`board packet · ${label}`);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain('SAMPLE DATA');
    });
    expect(pages[0]).toContain('Approve moving the family reading nights to the library.');
    expect(pages[0]).toContain('Priorities by focus area');
    expect(pages[0]).toMatch(/Published .* by /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a board member’s default review stays on the published quarter after a staff update in the quarter in progress', async () => {
    const staff = await newPage(browser, DESKTOP);
    await openSignedIn(staff, `${baseUrl}actions?status=on-track&quarter=${inProgress}`, 'staff');
    // The last of the list: the staff journey of writes.e2e.ts takes the first.
    const link = staff.getByRole('table', { name: /^Actions as of/ }).getByRole('rowheader').last().getByRole('link');
    await link.click();
    const form = staff.getByRole('region', { name: 'Record an update' });
    await form.getByRole('combobox', { name: 'Quarter' }).selectOption(inProgress);
    await form.getByRole('radio', { name: 'At risk' }).check();
    await form.getByRole('textbox', { name: /^Note/ }).fill('A supplier is late this quarter.');
    await form.getByRole('button', { name: /^(Save|Replace) the update$/ }).click();
    await form.getByRole('status').filter({ hasText: `Saved the ${quarterLabel(inProgress)} update.` }).waitFor();
    await staff.close();

    const board = await newPage(browser, MOBILE);
    await openSignedIn(board, `${baseUrl}review`, 'board member');
    const errors = collectConsoleErrors(board);
    await board.getByRole('heading', { level: 1, name: `Quarterly review: ${label}` }).waitFor();
    await board.getByRole('heading', { name: `${label}: Published` }).waitFor();
    expect(await checkA11y(board)).toEqual([]);
    // At phone width every table of the review fits: a status, a note or a measure's result is never behind a sideways scroll.
    const overflowing = await board.locator('main .table-scroll').evaluateAll((regions) =>
      regions.filter((region) => region.scrollWidth > region.clientWidth + 1).map((region) => region.getAttribute('aria-labelledby') ?? region.className),
    );
    expect(overflowing).toEqual([]);
    await screenshot(board, 'review-board-390');
    await board.goto(baseUrl);
    await board.getByText(new RegExp(`as of ${label}`)).waitFor();
    expect(errors).toEqual([]);
    await board.close();
  });
});
