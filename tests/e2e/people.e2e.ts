import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { previousQuarter, quarterLabel, quarterOfDate } from '../../src/domain/quarters';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, newPage, openSignedIn, screenshot, watchLoadingMessages } from './browser';

// Nothing is published in a fresh demo, so staff report on the quarter before the current one.
const reporting = previousQuarter(quarterOfDate(new Date()));

describe('inviting a person, in Chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('the director adds a staff member, who signs in with the one-time password, sets their own and records an update; deactivated, they are out', async () => {
    const director = await newPage(browser, DESKTOP);
    await openSignedIn(director, `${baseUrl}admin/users`, 'administrator');
    const errors = collectConsoleErrors(director);
    await director.getByRole('textbox', { name: /^Name/ }).fill('Dana Lee');
    await director.getByRole('textbox', { name: /^Email/ }).fill('dana.lee@example.org');
    await director.getByRole('combobox', { name: /^Role/ }).selectOption('staff');
    await director.getByRole('button', { name: 'Add the person' }).click();
    const password = (await director.locator('.one-time-password-value').textContent()) ?? '';
    expect(password).toMatch(/^\S{4}(-\S{4}){3}$/);
    await screenshot(director, 'people-added-1280');

    const dana = await newPage(browser, DESKTOP);
    const loadingSeen = await watchLoadingMessages(dana);
    const onTrack = `actions?status=on-track&quarter=${reporting}`;
    await dana.goto(`${baseUrl}${onTrack}`);
    await dana.waitForURL((url) => url.pathname.endsWith('/sign-in'));
    await dana.getByLabel('Email').fill('dana.lee@example.org');
    await dana.getByLabel('Password').fill(password);
    await dana.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dana.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    // The sign-in asked for the password screen first, the one it goes on to.
    expect(await loadingSeen()).toEqual([]);
    expect(await checkA11y(dana)).toEqual([]);
    await dana.getByLabel(/^Current password/).fill(password);
    await dana.getByLabel(/^New password \(required\)/).fill('a passphrase of my own');
    await dana.getByLabel(/^New password again/).fill('a passphrase of my own');
    await dana.getByRole('button', { name: 'Change the password' }).click();
    await dana.waitForURL((url) => `${url.pathname}${url.search}`.endsWith(onTrack));
    await dana.getByRole('table', { name: /^Actions as of/ }).getByRole('rowheader').first().getByRole('link').click();
    await dana.waitForURL(/\/actions\/a-\d+$/);

    const form = dana.getByRole('region', { name: 'Record an update' });
    await form.getByRole('radio', { name: 'On track' }).check();
    await form.getByRole('textbox', { name: /^Note/ }).fill('Dana’s first update.');
    await form.getByRole('button', { name: /^(Save|Replace) the update$/ }).click();
    await form.getByRole('status').filter({ hasText: `Saved the ${quarterLabel(reporting)} update.` }).waitFor();

    await director.reload();
    const row = director.getByRole('row').filter({ has: director.getByRole('rowheader', { name: /Dana Lee/ }) });
    await row.getByRole('button', { name: 'Deactivate Dana Lee' }).click();
    await row.getByRole('button', { name: 'Yes, deactivate' }).click();
    await row.getByText('Deactivated').waitFor();
    await director.goto(`${baseUrl}admin/audit?userEmail=dana.lee%40example.org`);
    await director.getByText(/Dana’s first update/).waitFor();
    await screenshot(director, 'audit-dana-1280');

    await dana.goto(`${baseUrl}actions`);
    await dana.waitForURL((url) => url.pathname.endsWith('/sign-in'));
    await dana.getByLabel('Email').fill('dana.lee@example.org');
    await dana.getByLabel('Password').fill('a passphrase of my own');
    await dana.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dana.getByText(/This account has been deactivated/).waitFor();
    expect(errors).toEqual([]);
  });
});
