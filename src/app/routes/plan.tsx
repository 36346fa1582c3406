import type { QueryClient } from '@tanstack/react-query';
import { planQueryOptions, usePlan } from '../../features/plan/api/get-plan';

export const planLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(planQueryOptions());
  return null;
};

export function PlanRoute() {
  const plan = usePlan();
  return <h1>{plan.title}</h1>;
}
