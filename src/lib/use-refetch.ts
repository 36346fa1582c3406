import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

// "Reload" after a conflict: refetch what the form was read from, and say
// when it is done. The form's own state is left alone, so nothing typed is lost.
export function useRefetch(queryKey: QueryKey): { reloading: boolean; reload: () => Promise<void> } {
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey });
    } finally {
      setReloading(false);
    }
  };
  return { reloading, reload };
}
