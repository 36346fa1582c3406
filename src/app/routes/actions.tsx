import type { QueryClient } from '@tanstack/react-query';

export const actionsLoader = (_queryClient: QueryClient) => async () => null;

export function ActionsRoute() {
  return <h1>Actions</h1>;
}
