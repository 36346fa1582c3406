import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, startServer, type RunningChild } from '../../server/testing/child-server';
import { previousQuarter, quarterLabel, quarterOfDate } from '../../src/domain/quarters';
import { checkA11y, collectConsoleErrors, DESKTOP, launchBrowser, MOBILE, newPage, openSignedIn, screenshot } from './browser';

// The foundation's first day: its own server, since removing the sample data
// would take it from the other journeys. It serves the build the suite made.
const external = (process.env.E2E_BASE_URL ?? '') !== '';
const open = previousQuarter(quarterOfDate(new Date()));

describe.skipIf(external)('a real start, in Chromium', () => {
  let browser: Browser;
  let server: RunningChild;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-real-start-'));
    server = await startServer({ APP_MODE: 'demo', DATA_DIR: dataDir, DIST_DIR: path.join(projectRoot, 'dist-e2e') }, 60_000);
    baseUrl = `${/https?:\/\/\S+/.exec(server.output())?.[0]?.replace(/\/?$/, '/') ?? ''}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the director removes the sample data, imports the template filled with real actions, and invites the staff member who reports on them', async () => {
    const director = await newPage(browser, DESKTOP);
    await openSignedIn(director, `${baseUrl}admin/import`, 'administrator');
    const errors = collectConsoleErrors(director);
    await director.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await director.getByText('Sample data', { exact: true }).first().waitFor();

    await director.getByRole('button', { name: 'Remove the sample data…' }).click();
    const confirm = director.getByRole('alertdialog', { name: 'Remove all sample data?' });
    await expect(confirm.textContent()).resolves.toMatch(/This removes \d+ sample actions with their \d+ updates, and \d+ sample benchmarks/);
    await confirm.getByRole('button', { name: 'Yes, remove the sample data' }).click();
    await director.getByText(/^Removed \d+ sample actions/).waitFor();
    expect(await director.getByText('Sample data', { exact: true }).count()).toBe(0);
    expect(await checkA11y(director)).toEqual([]);
    await screenshot(director, 'real-start-cleared-1280');

    const download = director.waitForEvent('download');
    await director.getByRole('link', { name: 'Actions template (CSV)' }).click();
    const template = readFileSync(await (await download).path(), 'utf8');
    const header = template.replace(/^\uFEFF/, '').trim();
    expect(header.split(',')).toContain('Owner');
    const rows = [
      ['pef-mentors', 'New-teacher mentoring circles', '1', 'Programs & Projects', 'Dana Lee'],
      ['pef-wellness-rooms', 'Wellness rooms at two middle schools', '2', 'Programs & Projects', 'Dana Lee'],
      ['pef-stem-nights', 'Family STEM nights', '3', 'Community Building', 'Marcus Bell'],
    ].map(([id, title, priority, focusArea, owner]) =>
      header
        .split(',')
        .map((column) =>
          ({
            ID: id,
            Title: title,
            Priority: priority,
            'Focus area': focusArea,
            Owner: owner,
            'Start quarter': open,
            'Due quarter': quarterOfDate(new Date()),
            'Student groups': 'All students',
            Description: `${title}, begun this school year.`,
          })[column] ?? '',
        )
        .map((cell) => `"${cell.replaceAll('"', '""')}"`)
        .join(','),
    );
    await director.getByLabel(/^Choose a file of actions/).setInputFiles({
      name: 'pef-actions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8'),
    });
    const check = director.getByRole('region', { name: 'What pef-actions.csv would do' });
    await check.getByRole('listitem').filter({ hasText: /^3 actions to create$/ }).waitFor();
    await screenshot(director, 'real-start-dry-run-1280');
    await check.getByRole('button', { name: 'Import 3 rows' }).click();
    await director.getByRole('heading', { name: 'Imported' }).waitFor();

    await director.goto(`${baseUrl}admin/users`);
    await director.getByRole('textbox', { name: /^Name/ }).fill('Dana Lee');
    await director.getByRole('textbox', { name: /^Email/ }).fill('dana.lee@example.org');
    await director.getByRole('combobox', { name: /^Role/ }).selectOption('staff');
    await director.getByRole('button', { name: 'Add the person' }).click();
    const password = (await director.locator('.one-time-password-value').textContent()) ?? '';
    expect(password).not.toBe('');
    await director.getByRole('row').filter({ hasText: 'dana.lee@example.org' }).getByRole('link', { name: /2/ }).waitFor();
    expect(errors).toEqual([]);

    const dana = await newPage(browser, MOBILE);
    const danaErrors = collectConsoleErrors(dana);
    await dana.goto(`${baseUrl}updates-due`);
    await dana.waitForURL((url) => url.pathname.endsWith('/sign-in'));
    await dana.getByLabel('Email').fill('dana.lee@example.org');
    await dana.getByLabel('Password').fill(password);
    await dana.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dana.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await dana.getByLabel(/^Current password/).fill(password);
    await dana.getByLabel(/^New password \(required\)/).fill('a passphrase of my own');
    await dana.getByLabel(/^New password again/).fill('a passphrase of my own');
    await dana.getByRole('button', { name: 'Change the password' }).click();
    await dana.getByRole('heading', { level: 1, name: 'Updates due' }).waitFor();
    await dana.getByRole('region', { name: 'Your actions (2)' }).waitFor();
    expect(await dana.getByText('Sample data', { exact: true }).count()).toBe(0);
    expect(await checkA11y(dana)).toEqual([]);
    await screenshot(dana, 'real-start-updates-due-390');

    await dana.getByRole('button', { name: 'Record the update of New-teacher mentoring circles' }).click();
    const form = dana.getByRole('region', { name: 'Record the update of New-teacher mentoring circles' });
    await form.getByRole('radio', { name: 'On track' }).check();
    await form.getByRole('spinbutton', { name: /Percent complete/ }).fill('25');
    await form.getByRole('textbox', { name: /^Note/ }).fill('Two circles meet monthly at Washington and Madison.');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await dana.getByText(`Saved the ${quarterLabel(open)} update of “New-teacher mentoring circles”.`).waitFor();
    await dana.getByRole('region', { name: 'Your actions (1)' }).waitFor();
    expect(danaErrors).toEqual([]);

    await director.goto(`${baseUrl}admin/audit`);
    await director.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    for (const kind of ['Sample data removed', 'Import', 'Person added', 'Update recorded']) {
      await director.getByRole('cell', { name: new RegExp(`^${kind}`) }).first().waitFor();
    }
    await screenshot(director, 'real-start-audit-1280');
    await director.close();
    await dana.close();
  });
});
