import type { QueryClient } from '@tanstack/react-query';
import type { ActionDetail } from '../../../contract/actions';
import { actionQueryOptions } from './get-action';

// After a write to an action: its page shows the server's answer at once, and
// every view that counts or lists actions (the updates still due among them) is refreshed. The promise settles
// when the fresh data is in, so the mutation (and its button) stays busy until then.
export function storeActionWrite(queryClient: QueryClient, detail: ActionDetail): Promise<unknown> {
  const detailKey = actionQueryOptions(detail.id).queryKey;
  queryClient.setQueryData(detailKey, detail);
  const isThisDetail = (key: readonly unknown[]) => key[1] === detailKey[1] && key[2] === detailKey[2];
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['actions'], predicate: (query) => !isThisDetail(query.queryKey) }),
    queryClient.invalidateQueries({ queryKey: ['overview'] }),
    queryClient.invalidateQueries({ queryKey: ['status-history'] }),
    queryClient.invalidateQueries({ queryKey: ['review'] }),
    queryClient.invalidateQueries({ queryKey: ['reporting', 'updates-due'] }),
  ]);
}
