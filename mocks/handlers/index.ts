import { http } from 'msw';
import { createApp } from '../../server/app';
import { memoryStore } from '../../server/store/memory-store';
import { mockData } from '../data';

// The server's own app over the in-memory store: permissions, validation,
// rules and error wording are the server's.
const app = createApp(memoryStore(mockData), { mode: 'demo', secureCookies: false, now: () => mockData().today, sameOriginWrites: false });

export const handlers = [
  // Anchored at the path's start: in dev mode Vite serves source files such
  // as /src/features/x/api/get-x.ts, which must pass through.
  http.all(/^[a-z]+:\/\/[^/]+\/api\//, ({ request }) => app.fetch(request)),
];
