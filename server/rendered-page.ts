import type { Hono, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './http/app-env';
import type { InlinedPage } from './inline-stylesheets';
import type { PageRenderer } from './page-renderer';
import { sessionCookie } from './services/session-limits';

const rootElement = '<div id="root"></div>';
const modulePreload = /\s*<link rel="modulepreload"[^>]*>/g;

// The built index.html preloads the app's code, which a page rendered in the
// browser needs at once. A page rendered here is shown without it, and the
// app's entry fetches it once the page is painted (src/main.tsx): preloaded,
// its compiling would compete with that first paint.
export function withoutModulePreloads(html: string): string {
  return html.replace(modulePreload, '');
}

// A signed-in user's first screen, rendered here so it paints before the
// app's code has run, into the built index.html (its hashed script links
// kept, its stylesheets written in). Its data comes through the app's own
// API routes, with the user's cookie, so permissions and validation are
// those of every request.
// Signed out, or anything failing: the plain page, rendered in the browser.
export function renderedPage(app: Hono<AppEnv>, renderer: PageRenderer, { html: template, styleSources }: InlinedPage): MiddlewareHandler<AppEnv> {
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
    let page: Awaited<ReturnType<PageRenderer['renderPage']>> = null;
    try {
      page = await renderer.renderPage(`${pathname}${search}`, load);
    } catch (error) {
      console.error('The page could not be rendered on the server; the browser renders it instead.', error);
    }
    if (page === null) return next();
    const { markup, stateScript } = page;
    // Per user, so never kept by a cache.
    c.header('Cache-Control', 'no-store');
    c.set('inlineStyleSources', styleSources);
    return c.html(template.replace(rootElement, () => `<div id="root">${markup}</div>${stateScript}`));
  };
}
