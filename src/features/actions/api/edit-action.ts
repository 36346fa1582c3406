import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionPatch } from '../../../contract/action-writes';
import { ActionDetail } from '../../../contract/actions';
import { apiSend } from '../../../lib/api-client';
import { storeActionWrite } from './action-write-cache';

export function editAction(id: string, patch: ActionPatch): Promise<ActionDetail> {
  return apiSend('PATCH', `/api/actions/${encodeURIComponent(id)}`, patch, ActionDetail, 'the action');
}

export function useEditAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ActionPatch) => editAction(id, patch),
    onSuccess: (detail) => storeActionWrite(queryClient, detail),
  });
}
