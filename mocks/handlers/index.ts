import { http } from 'msw';
import { actionHandlers } from './actions';
import { benchmarkHandlers } from './benchmarks';
import { planHandlers } from './plan';
import { errorResponse } from './respond';
import { statusHistoryHandlers } from './status-history';

export const handlers = [
  http.get('*/api/health', () => Response.json({ ok: true })),
  ...planHandlers,
  ...actionHandlers,
  ...statusHistoryHandlers,
  ...benchmarkHandlers,
  // Anything else under /api is a 404 in the contract's error shape, as on the server.
  http.all('*/api/*', ({ request }) => errorResponse('not_found', `No API route for ${request.method} ${new URL(request.url).pathname}.`)),
];
