import type { MiddlewareHandler } from 'hono';

// No inline script anywhere: the built app loads only its own files. Inline
// styles only where a page names them by hash (the rendered overview).
const contentSecurityPolicy = (styleSources: readonly string[]) => [
  "default-src 'self'",
  "script-src 'self'",
  ["style-src 'self'", ...styleSources].join(' '),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// No Cross-Origin-Opener-Policy: the app frames nothing and is framed by
// nothing, gives no other site a handle on its window, and needs no
// cross-origin isolation; the header would only take from a page that
// opened the app its handle on that window (to navigate it, or see that it
// navigated). Its cost falls on every arrival from elsewhere: the browser
// starts another renderer process once the answer is in (in Chromium on two
// cores, 50 ms after a link from another site, 100 ms from a fresh tab).
export function securityHeaders(secure: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy(c.get('inlineStyleSources') ?? []));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (secure) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}
