// Where to go after signing in: only a path of this app, never another site
// (an open redirect would make the sign-in page a phishing tool).
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}
