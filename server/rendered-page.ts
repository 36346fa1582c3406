import type { Hono, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './http/app-env';
import type { InlinedPage } from './inline-stylesheets';
import { pageEncoding } from './http/compression';
import type { PageRenderer } from './page-renderer';
import { renderedPages, type RenderedBytes } from './rendered-pages';
import { sessionCookie } from './services/session-limits';

const rootElement = '<div id="root"></div>';
const noscriptElement = /<noscript>[\s\S]*?<\/noscript>/;
const modulePreload = /\s*<link rel="modulepreload"[^>]*>/g;

// The built index.html preloads the app's code, which a page rendered in the
// browser needs at once. A page rendered here is shown without it, and the
// app's entry fetches it once the page is painted (src/main.tsx): preloaded,
// its compiling would compete with that first paint.
export function withoutModulePreloads(html: string): string {
  return html.replace(modulePreload, '');
}

// Users are few; each keeps a page or two (a quarter chosen, a filter).
const keptPages = 64;

// A signed-in user's first screen, rendered here so it paints before the
// app's code has run, into the built index.html (its hashed script links
// kept, its stylesheets written in). Its data comes through the app's own
// API routes, with the user's cookie, so permissions and validation are
// those of every request; a page drawn from the same answers lately is sent
// again as it was (server/rendered-pages.ts).
// Signed out, or anything failing: the plain page, rendered in the browser.
export function renderedPage(app: Hono<AppEnv>, renderer: PageRenderer, { html: template, styleSources }: InlinedPage): MiddlewareHandler<AppEnv> {
  const pages = renderedPages(keptPages);
  return async (c, next) => {
    const cookie = c.req.header('cookie');
    if (cookie === undefined || (getCookie(c, sessionCookie) ?? getCookie(c, sessionCookie, 'host')) === undefined || !template.includes(rootElement)) return next();
    // The page's own Host goes along, so the API's host check sees what the browser sent.
    const host = c.req.header('host');
    const load = async (apiPath: string) => {
      const response = await app.request(apiPath, { headers: { cookie, accept: 'application/json', ...(host !== undefined && { host }) } });
      return response.ok ? ((await response.json()) as unknown) : null;
    };
    const { pathname, search } = new URL(c.req.url);
    let page: RenderedBytes | null = null;
    try {
      const answers = await renderer.loadPage(`${pathname}${search}`, load);
      if (answers !== null) {
        page = pages.get(answers, () => {
          const { markup, stateScript, noscript } = renderer.renderPage(answers);
          const drawn = template.replace(rootElement, () => `<div id="root">${markup}</div>${stateScript}`);
          return noscript === undefined ? drawn : drawn.replace(noscriptElement, () => noscript);
        });
      }
    } catch (error) {
      console.error('The page could not be rendered on the server; the browser renders it instead.', error);
    }
    if (page === null) return next();
    const encoding = pageEncoding(c.req.header('Accept-Encoding'));
    const body = encoding === null ? page.plain : page.encoded(encoding);
    c.set('inlineStyleSources', styleSources);
    return c.body(body, 200, {
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Length': String(body.byteLength),
      ...(encoding !== null && { 'Content-Encoding': encoding }),
      Vary: 'Accept-Encoding',
      // Per user, so never kept by a cache.
      'Cache-Control': 'no-store',
    });
  };
}
