// Browser helpers for the e2e suite: Debian's Chromium via playwright-core,
// screenshots, console-error collection and axe-core accessibility checks.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';

/** Repository root (this file lives in tests/e2e/). */
const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** Where screenshots go; ignored by git. */
export const RESULTS_DIR = path.join(ROOT_DIR, 'test-results');

/**
 * Flags for Debian's Chromium in a container without a network:
 * --no-sandbox because CI runs as root; --disable-gpu (no GPU); the
 * background-networking / component-update / sync / quic flags stop Chromium
 * from trying (and noisily failing) to reach Google on a closed network;
 * --disable-dev-shm-usage because containers often have a tiny /dev/shm.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Launches headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface ViewportSize {
  width: number;
  height: number;
}

/** Desktop-sized default viewport. */
export const DESKTOP: ViewportSize = { width: 1280, height: 800 };
/** Phone-sized viewport. */
export const MOBILE: ViewportSize = { width: 390, height: 844 };

/**
 * Opens a page in its own fresh browser context (no shared storage, cookies
 * or service workers between pages). Closing the page closes the context.
 */
export async function newPage(browser: Browser, viewport: ViewportSize = DESKTOP): Promise<Page> {
  return browser.newPage({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  });
}

/** Saves a screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/**
 * Starts recording console errors and uncaught page errors. The returned
 * array fills up as they happen, so a test can finish with
 * `expect(errors).toEqual([])`. Messages matching one of `options.ignore`
 * are not recorded (use sparingly, and say why in the test).
 */
export function collectConsoleErrors(page: Page, options: { ignore?: RegExp[] } = {}): string[] {
  const errors: string[] = [];
  const ignore = options.ignore ?? [];
  const record = (entry: string): void => {
    if (!ignore.some((pattern) => pattern.test(entry))) errors.push(entry);
  };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const where = url === '' ? '' : ` (${url}:${String(lineNumber)})`;
    record(`console.error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error: Error) => {
    record(`pageerror: ${error.name}: ${error.message}`);
  });
  return errors;
}

/** One axe-core violation, trimmed down to what is useful in a test diff. */
export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** How many elements fail the rule. */
  nodes: number;
  /** CSS selectors of the first few failing elements. */
  targets: string[];
}

export interface A11yOptions {
  /** axe rule ids to skip, e.g. ['color-contrast'] (say why in the test). */
  disableRules?: string[];
  /** How many failing elements to list per rule (default 5). */
  maxTargets?: number;
}

/** The accessibility standards every page is checked against. */
export const A11Y_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

async function loadAxeSource(): Promise<string> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Minimal shapes of what axe returns inside the page (kept free of DOM types). */
interface AxeNodeLike {
  target: unknown[];
}
interface AxeResultLike {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNodeLike[];
}
interface AxeLike {
  run(context: unknown, options: unknown): Promise<{ violations: AxeResultLike[] }>;
}
interface AxeWindow {
  axe?: AxeLike;
  document: unknown;
}

async function hasAxe(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as AxeWindow).axe !== undefined);
}

async function injectAxe(page: Page): Promise<void> {
  if (await hasAxe(page)) return;
  // Evaluated through the DevTools protocol rather than page.addScriptTag():
  // an inline <script> is blocked by a strict Content-Security-Policy, and the
  // blocked attempt itself logs a console error that would fail tests using
  // collectConsoleErrors().
  await page.evaluate(await loadAxeSource());
  if (!(await hasAxe(page))) {
    throw new Error('checkA11y: could not inject axe-core into the page');
  }
}

/**
 * Runs axe-core on the whole document (WCAG 2.0/2.1 A and AA plus
 * best practices) and returns the violations in a readable form, so that
 * `expect(await checkA11y(page)).toEqual([])` gives a useful diff.
 */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<A11yViolation[]> {
  await injectAxe(page);
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of options.disableRules ?? []) rules[id] = { enabled: false };
  const raw = await page.evaluate(
    async ({ tags, rules: ruleConfig }) => {
      const win = globalThis as unknown as AxeWindow;
      if (win.axe === undefined) throw new Error('axe-core is not loaded');
      const results = await win.axe.run(win.document, {
        runOnly: { type: 'tag', values: tags },
        rules: ruleConfig,
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) =>
          node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | '),
        ),
      }));
    },
    { tags: [...A11Y_TAGS], rules },
  );
  const maxTargets = options.maxTargets ?? 5;
  return raw.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.targets.length,
    targets: violation.targets.slice(0, maxTargets),
  }));
}

/**
 * Opens `url` signed in with the demo account of a role: the app sends a
 * visitor to its sign-in page first, whose demo buttons sign in and return.
 */
export async function openSignedIn(page: Page, url: string, role: 'board member' | 'staff' | 'administrator'): Promise<void> {
  await page.goto(url);
  await page.waitForURL((current) => current.pathname.endsWith('/sign-in'));
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await page.waitForURL((current) => !current.pathname.endsWith('/sign-in'));
}

// From the page's next load on, the paths at which a screen's "Loading…"
// stood in for it; read after each load (the list starts again with each).
// Page code as text: this module is compiled without the DOM's types.
export async function watchLoadingMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`(() => {
    const seen = [];
    globalThis.loadingSeen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.screen-loading') !== null && !seen.includes(location.pathname)) seen.push(location.pathname);
    }).observe(document, { childList: true, subtree: true });
  })();`);
  return async () => (await page.evaluate('globalThis.loadingSeen')) as string[];
}
