import { http } from 'msw';
import { HttpError } from '../../server/http/http-error';
import { overview } from '../../server/services/overview';
import { reviewListPage } from '../../server/services/review';
import { memoryStore } from '../../server/store/memory-store';
import { mockData } from '../data';
import { errorResponse } from './respond';

const store = memoryStore(mockData);

async function answer(compute: () => Promise<object>): Promise<Response> {
  try {
    return Response.json(await compute());
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error.code, error.message, error.fields);
    throw error;
  }
}

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

// The summaries answered by the server's own services over the mock's data.
export const summaryHandlers = [
  http.get('*/api/overview', ({ request }) => answer(() => overview(store, queryOf(request)))),
  http.get('*/api/review/:quarter/:list', ({ request, params }) => answer(() => reviewListPage(store, params, queryOf(request)))),
];
