// Smoke test: the e2e infrastructure works end to end (build + preview
// server or E2E_BASE_URL, Chromium, screenshots).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './browser';

describe('smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('serves the app, which sets a document title', async () => {
    const page = await newPage(browser);
    const response = await page.goto(inject('baseUrl'));
    expect(response?.ok()).toBe(true);
    await page.waitForFunction('document.title.trim().length > 0');
    expect(await page.title()).not.toBe('');
    await screenshot(page, 'smoke');
    await page.close();
  });
});
