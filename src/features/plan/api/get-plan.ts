import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { Plan } from '../../../contract/plan';
import { apiGet } from '../../../lib/api-client';

export const planPath = '/api/plan';

export function getPlan(signal?: AbortSignal): Promise<Plan> {
  return apiGet(planPath, Plan, 'the plan', signal);
}

export const planQueryOptions = () =>
  queryOptions({
    queryKey: ['plan'],
    queryFn: ({ signal }) => getPlan(signal),
    // The plan's texts change once in years, not within a session.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function usePlan(): Plan {
  return useSuspenseQuery(planQueryOptions()).data;
}
