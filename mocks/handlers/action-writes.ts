import { http, HttpResponse } from 'msw';
import { ActionPatch, NewAction, UpdateInput } from '../../src/contract/action-writes';
import { actionDetailAsOf, type ActionRecord } from '../../src/domain/action-record';
import { createActionRecord, editActionRecord, nextActionId } from '../../src/domain/action-writes';
import { applyUpdate } from '../../src/domain/update-writes';
import type { WriteError } from '../../src/domain/write-result';
import { defaultQuarter, latestReported, mockData } from '../data';
import { parseBody } from './read-body';
import { errorResponse } from './respond';

// The mock's author when no one is signed in to it.
export const mockAuthor = 'Staff member (mock)';

export function refusal(error: WriteError): Response {
  return errorResponse(error.code, error.message, error.fields);
}

function detail(record: ActionRecord, status: number): Response {
  return HttpResponse.json(actionDetailAsOf(record, defaultQuarter(), latestReported()), { status });
}

function indexOf(id: unknown): number {
  return mockData().actions.findIndex((action) => action.id === id);
}

function notFound(id: unknown): Response {
  return errorResponse('not_found', `No action has the id "${String(id)}".`);
}

// The same writes as the server, by the same domain rules, on the in-memory data.
export const actionWriteHandlers = [
  http.post('*/api/actions', async ({ request }) => {
    const body = await parseBody(request, NewAction);
    if (!body.ok) return body.response;
    const data = mockData();
    const result = createActionRecord(data.plan, body.value, nextActionId(data.actions.map((a) => a.id)));
    if (!result.ok) return refusal(result.error);
    data.actions.push(result.value);
    return detail(result.value, 201);
  }),

  http.patch('*/api/actions/:id', async ({ request, params }) => {
    const body = await parseBody(request, ActionPatch);
    if (!body.ok) return body.response;
    const data = mockData();
    const index = indexOf(params.id);
    const current = data.actions[index];
    if (current === undefined) return notFound(params.id);
    const result = editActionRecord(data.plan, current, body.value);
    if (!result.ok) return refusal(result.error);
    data.actions[index] = result.value.record;
    return detail(result.value.record, 200);
  }),

  http.post('*/api/actions/:id/updates', async ({ request, params }) => {
    const body = await parseBody(request, UpdateInput);
    if (!body.ok) return body.response;
    const data = mockData();
    const index = indexOf(params.id);
    const current = data.actions[index];
    if (current === undefined) return notFound(params.id);
    const result = applyUpdate(data.plan.period, current, body.value, data.user?.name ?? mockAuthor, data.today);
    if (!result.ok) return refusal(result.error);
    data.actions[index] = result.value.record;
    return detail(result.value.record, result.value.replaced === null ? 201 : 200);
  }),
];
