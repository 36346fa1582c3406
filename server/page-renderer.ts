import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The shape of the app's server entry (src/entry-server.tsx), built by
// `npm run build` beside the app. The server loads it by path at run time:
// it imports nothing from the app's source but the contract and the domain.
// A page is drawn in two steps: the API answers it needs (null when this
// page is not rendered here), then the markup drawn from those alone.
export interface PageRenderer {
  loadPage(url: string, load: (apiPath: string) => Promise<unknown>): Promise<PageAnswers | null>;
  // noscript: the page's <noscript> element (absent from older builds).
  renderPage(answers: PageAnswers): { markup: string; stateScript: string; noscript?: string };
}

// The API's answers as the entry keeps them; the server only compares them.
export type PageAnswers = { readonly url: string } & Readonly<Record<string, unknown>>;

// dist/ holds what browsers may fetch; the server entry is built beside it.
export function pageRendererFile(distDir: string): string {
  return path.join(`${path.resolve(distDir)}-server`, 'entry-server.js');
}

// Without a usable server entry (an older build, a broken one) every page is
// rendered in the browser: slower to show, but the app still works.
export async function loadPageRenderer(file: string): Promise<PageRenderer | undefined> {
  const inBrowser = 'pages are rendered in the browser only; "npm run build" builds the server entry.';
  if (!existsSync(file)) {
    console.warn(`No server entry at ${file}: ${inBrowser}`);
    return undefined;
  }
  try {
    const entry = (await import(pathToFileURL(file).href)) as Partial<PageRenderer>;
    if (typeof entry.loadPage !== 'function' || typeof entry.renderPage !== 'function') throw new Error('it exports no loadPage and renderPage functions');
    return { loadPage: entry.loadPage, renderPage: entry.renderPage };
  } catch (error) {
    console.error(`The server entry ${file} could not be loaded (${error instanceof Error ? error.message : String(error)}): ${inBrowser}`);
    return undefined;
  }
}
