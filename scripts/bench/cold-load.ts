// Cold loads in headless Chromium: a fresh context each time, signed in with
// the API's cookie before navigating; when the matrix and the first chart are
// painted, and how much JavaScript came over the wire before the matrix.
import type { Browser } from 'playwright-core';
import { signedInMarkerKey } from '../../src/features/auth/utils/signed-in-marker-key';
import { DESKTOP } from '../../tests/e2e/browser';
import { median, type ColdLoadRow } from './bench-report';
import { matrixCaption } from './static-table-page';

interface Marks {
  matrix?: number;
  chart?: number;
  scriptBytesBeforeMatrix?: number;
}

// Runs in the page before its own scripts. A mark is taken when the element
// is in the DOM and the frame that shows it has been painted (a task queued
// from requestAnimationFrame runs after that frame's paint).
const markScript = `(() => {
  const marks = {};
  globalThis.__benchMarks = marks;
  const seen = {};
  const found = {
    matrix: () => [...document.querySelectorAll('table > caption')].some((c) => c.textContent.trim() === ${JSON.stringify(matrixCaption)}),
    chart: () => document.querySelector('.chart-area svg') !== null,
  };
  const afterPaint = (name) => requestAnimationFrame(() => setTimeout(() => {
    marks[name] = performance.now();
    if (name === 'matrix') {
      marks.scriptBytesBeforeMatrix = performance.getEntriesByType('resource')
        .filter((e) => /\\.m?js$/.test(new URL(e.name).pathname) && e.responseEnd <= marks.matrix)
        .reduce((sum, e) => sum + e.encodedBodySize, 0);
    }
  }, 0));
  const check = () => {
    for (const name of Object.keys(found)) {
      if (!seen[name] && found[name]()) { seen[name] = true; afterPaint(name); }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

export interface ColdLoadTarget {
  appUrl: string;
  staticUrl: string;
  // The same table behind the app's response headers.
  staticWithAppHeadersUrl: string;
  cookie: { name: string; value: string };
  runs: number;
  timeoutMs: number;
}

async function coldLoad(browser: Browser, url: string, cookie: ColdLoadTarget['cookie'] | null, wantChart: boolean, timeoutMs: number): Promise<Marks> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
  try {
    if (cookie !== null) {
      // A browser that signed in has the session cookie and the app's note
      // that it did; without the note the page would not ask who is signed in.
      await context.addCookies([{ ...cookie, url }]);
      await context.addInitScript(`localStorage.setItem(${JSON.stringify(signedInMarkerKey)}, '1')`);
    }
    await context.addInitScript(markScript);
    const page = await context.newPage();
    await page.goto(url);
    // Polled from here: the app's Content-Security-Policy forbids the eval a
    // page-side wait would need. A mark that never comes is reported missing.
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const marks = (await page.evaluate('globalThis.__benchMarks ?? {}')) as Marks;
      if (marks.matrix !== undefined && (!wantChart || marks.chart !== undefined)) return marks;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (await page.evaluate('globalThis.__benchMarks ?? {}')) as Marks;
  } finally {
    await context.close();
  }
}

// Alternates the static tables and the app, so all see the same machine load.
export async function measureColdLoads(browser: Browser, actions: number, target: ColdLoadTarget): Promise<ColdLoadRow> {
  const staticMs: number[] = [];
  const staticWithAppHeadersMs: number[] = [];
  const app: Marks[] = [];
  for (let run = 0; run < target.runs; run += 1) {
    staticMs.push((await coldLoad(browser, target.staticUrl, null, false, target.timeoutMs)).matrix ?? Number.NaN);
    staticWithAppHeadersMs.push((await coldLoad(browser, target.staticWithAppHeadersUrl, null, false, target.timeoutMs)).matrix ?? Number.NaN);
    app.push(await coldLoad(browser, target.appUrl, target.cookie, true, target.timeoutMs));
  }
  return {
    actions,
    runs: target.runs,
    staticMs: median(staticMs),
    staticWithAppHeadersMs: median(staticWithAppHeadersMs),
    matrixMs: median(app.map((m) => m.matrix ?? Number.NaN)),
    chartMs: median(app.map((m) => m.chart ?? Number.NaN)),
    scriptBytesBeforeMatrix: median(app.map((m) => m.scriptBytesBeforeMatrix ?? Number.NaN)),
  };
}
