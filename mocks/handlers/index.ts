import { http } from 'msw';
import { actionHandlers } from './actions';
import { actionWriteHandlers } from './action-writes';
import { auditHandlers } from './audit';
import { benchmarkHandlers } from './benchmarks';
import { benchmarkWriteHandlers } from './benchmark-writes';
import { exportHandlers } from './export';
import { planHandlers } from './plan';
import { reviewHandlers } from './review';
import { sessionHandlers } from './session';
import { errorResponse } from './respond';
import { statusHistoryHandlers } from './status-history';
import { summaryHandlers } from './summaries';

export const handlers = [
  http.get('*/api/health', () => Response.json({ ok: true })),
  ...sessionHandlers,
  ...planHandlers,
  ...actionHandlers,
  ...statusHistoryHandlers,
  ...benchmarkHandlers,
  ...summaryHandlers,
  ...reviewHandlers,
  ...actionWriteHandlers,
  ...benchmarkWriteHandlers,
  ...exportHandlers,
  ...auditHandlers,
  // Anything else under /api is a 404 in the contract's error shape, as on the
  // server. Anchored at the path's start: in dev mode Vite serves source files
  // such as /src/features/x/api/get-x.ts, which must pass through.
  http.all(/^[a-z]+:\/\/[^/]+\/api\//, ({ request }) => errorResponse('not_found', `No API route for ${request.method} ${new URL(request.url).pathname}.`)),
];
