import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewAction } from '../../../contract/action-writes';
import { ActionDetail } from '../../../contract/actions';
import { apiSend } from '../../../lib/api-client';
import { storeActionWrite } from './action-write-cache';

export function createAction(input: NewAction): Promise<ActionDetail> {
  return apiSend('POST', '/api/actions', input, ActionDetail, 'the new action');
}

export function useCreateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAction,
    onSuccess: (detail) => storeActionWrite(queryClient, detail),
  });
}
