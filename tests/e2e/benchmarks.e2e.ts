import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, RESULTS_DIR, screenshot } from './browser';

const run = promisify(execFile);
// A measure's own chart (not its student groups' one): recharts' <svg> in the card's first frame.
const trendChart = '> .chart-frame .chart-area svg.recharts-surface';

// Opens the screen as a board member: when the app asks who is there, the
// demo account's button signs in and the app goes on to the asked page.
async function openAsBoardMember(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const heading = page.getByRole('heading', { level: 1, name: 'Benchmarks' });
  const demo = page.getByRole('button', { name: /^Sign in as board member/ });
  await heading.or(demo).first().waitFor();
  if (await demo.isVisible()) {
    await demo.click();
    await heading.waitFor();
  }
}

// Waits until every measure's card has drawn its chart (recharts' <svg>), and
// returns how many measures there are.
async function chartsDrawn(page: Page): Promise<number> {
  const articles = page.getByRole('article');
  await articles.first().waitFor();
  const count = await articles.count();
  for (let index = 0; index < count; index += 1) {
    await articles.nth(index).locator(trendChart).waitFor({ state: 'visible' });
  }
  return count;
}

describe('the benchmark charts in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  for (const [size, viewport] of [['1280', DESKTOP], ['390', MOBILE]] as const) {
    it(`draws a chart per measure at ${size} px, with no accessibility violation or error`, async () => {
      const page = await newPage(browser, viewport);
      await openAsBoardMember(page, `${baseUrl}benchmarks?priority=academic-benchmarks`);
      // From here on (the sign-in's expected 401s are behind us) nothing may log an error.
      const errors = collectConsoleErrors(page);
      const measures = await chartsDrawn(page);
      expect(measures).toBeGreaterThan(0);
      await expect(page.locator(`article ${trendChart}`).count()).resolves.toBe(measures);

      // A chart fits its card: nothing runs off the page sideways.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(viewport.width);
      const overflowing = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.chart-area svg')).filter((svg) => {
          const frame = svg.closest('.chart-frame')?.getBoundingClientRect();
          const box = svg.getBoundingClientRect();
          return frame === undefined || box.right > frame.right + 1 || box.left < frame.left - 1;
        }).length,
      );
      expect(overflowing).toBe(0);

      // The student groups' chart, behind its disclosure, draws too.
      const first = page.getByRole('article').first();
      await first.getByText('Values by student group').click();
      await first.locator('.benchmark-groups .chart-area svg.recharts-surface').waitFor({ state: 'visible' });

      await screenshot(page, `benchmarks-chart-${size}`);
      expect(await checkA11y(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('prints the wellness measures with their charts and figures', async () => {
    const page = await newPage(browser);
    await openAsBoardMember(page, `${baseUrl}benchmarks?priority=wellness`);
    const errors = collectConsoleErrors(page);
    await chartsDrawn(page);

    await mkdir(RESULTS_DIR, { recursive: true });
    const pdf = path.join(RESULTS_DIR, 'benchmarks-wellness.pdf');
    const prefix = path.join(RESULTS_DIR, 'benchmarks-wellness-print');
    for (const file of await readdir(RESULTS_DIR)) {
      if (file.startsWith('benchmarks-wellness-print')) await rm(path.join(RESULTS_DIR, file));
    }
    await page.pdf({ path: pdf, format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
    await run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
    const pages = (await readdir(RESULTS_DIR)).filter((file) => file.startsWith('benchmarks-wellness-print'));
    expect(pages.length).toBeGreaterThan(0);

    // On paper every chart comes with its numbers as a table.
    await page.emulateMedia({ media: 'print' });
    const tables = await page.locator('article > .chart-frame .chart-table').evaluateAll((nodes) =>
      nodes.map((node) => getComputedStyle(node).display),
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((display) => display !== 'none')).toBe(true);
    const chartWidths = await page.locator(`article ${trendChart}`).evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect().width),
    );
    expect(chartWidths).toHaveLength(tables.length);
    expect(chartWidths.every((width) => width > 200)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
