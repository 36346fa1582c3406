import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ActionDetail } from '../../../contract/actions';
import type { Plan } from '../../../contract/plan';
import { useRefetch } from '../../../lib/use-refetch';
import { useEditAction } from '../api/edit-action';
import { actionQueryOptions } from '../api/get-action';
import { actionFieldLabels } from '../../../contract/action-writes';
import { actionFormValuesOf, changedFields, toActionPatch } from '../utils/action-form-values';
import { ActionForm } from './action-form';

interface EditActionFormProps {
  plan: Plan;
  action: ActionDetail;
  // The action page's history state (the list it was opened from), kept for its Back link.
  pageState: unknown;
}

function withSaved(state: unknown, saved: string): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? { ...state, saved } : { saved };
}

// Changes to an action's fields, sent as a patch with the version it was read at.
export function EditActionForm({ plan, action, pageState }: EditActionFormProps) {
  const edit = useEditAction(action.id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { reloading, reload: refetch } = useRefetch(actionQueryOptions(action.id).queryKey);
  const [notice, setNotice] = useState('');
  const page = `/actions/${encodeURIComponent(action.id)}`;

  const reload = async () => {
    await refetch();
    edit.reset();
    const fresh = queryClient.getQueryData(actionQueryOptions(action.id).queryKey) ?? action;
    const names = changedFields(action, fresh).map((name) => actionFieldLabels[name]);
    setNotice(
      names.length === 0
        ? 'Reloaded: the form keeps what you entered. Save it when ready.'
        : `Reloaded. Someone else changed: ${names.join(', ')}. Fields you left alone now show the latest values; what you entered is kept. Check, then save.`,
    );
  };

  return (
    <ActionForm
      plan={plan}
      stored={actionFormValuesOf(action)}
      updates={action.updates}
      submitLabel="Save changes"
      save={async (values) => {
        setNotice('');
        const patch = toActionPatch(values, action);
        if (patch !== null) await edit.mutateAsync(patch);
        const saved = patch === null ? 'Nothing was changed.' : 'Saved your changes.';
        await navigate(page, { replace: true, state: withSaved(pageState, saved) });
      }}
      saving={edit.isPending}
      error={edit.error}
      cancel={{ to: page, state: pageState }}
      onReload={() => void reload()}
      reloading={reloading}
      notice={notice}
    />
  );
}
