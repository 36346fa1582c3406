import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateInput } from '../../../contract/action-writes';
import { ActionDetail } from '../../../contract/actions';
import { apiSend } from '../../../lib/api-client';
import { storeActionWrite } from './action-write-cache';

// Adds the quarter's update, or replaces the one it has.
export function recordUpdate(id: string, input: UpdateInput): Promise<ActionDetail> {
  return apiSend('POST', `/api/actions/${encodeURIComponent(id)}/updates`, input, ActionDetail, 'the update');
}

export function useRecordUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateInput) => recordUpdate(id, input),
    onSuccess: (detail) => storeActionWrite(queryClient, detail),
  });
}
