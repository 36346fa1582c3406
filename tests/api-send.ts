// Sends a write to the mock API the way the browser does; the msw node
// server of tests/setup.ts answers.
export async function sendJson(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://localhost${path}`, {
    method,
    headers: { accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
