import { http, HttpResponse } from 'msw';
import { BenchmarkValueInput } from '../../src/contract/benchmark-writes';
import { fieldErrors } from '../../src/contract/errors';
import { SchoolYear } from '../../src/contract/quarter-key';
import { setBenchmarkValue } from '../../src/domain/benchmark-writes';
import { mockData } from '../data';
import { refusal } from './action-writes';
import { parseBody } from './read-body';
import { errorResponse } from './respond';

export const benchmarkWriteHandlers = [
  http.put('*/api/benchmarks/:id/values/:schoolYear', async ({ request, params }) => {
    const year = SchoolYear.safeParse(params.schoolYear);
    if (!year.success) {
      const fields = { schoolYear: fieldErrors(year.error.issues).body ?? 'is not valid' };
      return errorResponse('bad_request', 'Invalid path parameter: schoolYear', fields);
    }
    const body = await parseBody(request, BenchmarkValueInput);
    if (!body.ok) return body.response;
    const data = mockData();
    const index = data.benchmarks.findIndex((b) => b.id === params.id);
    const current = data.benchmarks[index];
    if (current === undefined) return errorResponse('not_found', `No benchmark has the id "${String(params.id)}".`);
    const result = setBenchmarkValue(data.plan.period, current, year.data, body.value);
    if (!result.ok) return refusal(result.error);
    data.benchmarks[index] = result.value.benchmark;
    return HttpResponse.json(result.value.benchmark);
  }),
];
