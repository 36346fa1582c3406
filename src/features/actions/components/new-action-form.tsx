import { useNavigate } from 'react-router';
import type { Plan } from '../../../contract/plan';
import { useCreateAction } from '../api/create-action';
import { blankActionFormValues, toNewAction } from '../utils/action-form-values';
import { ActionForm } from './action-form';

// A new action; once saved, its page.
export function NewActionForm({ plan, currentQuarter }: { plan: Plan; currentQuarter: string }) {
  const create = useCreateAction();
  const navigate = useNavigate();
  return (
    <ActionForm
      plan={plan}
      stored={blankActionFormValues(plan, currentQuarter)}
      submitLabel="Create the action"
      save={async (values) => {
        const detail = await create.mutateAsync(toNewAction(values));
        await navigate(`/actions/${encodeURIComponent(detail.id)}`, { replace: true, state: { saved: 'Created the action.' } });
      }}
      saving={create.isPending}
      error={create.error}
      cancel={{ to: '/actions' }}
      // A new action has no version to clash with.
      onReload={() => undefined}
      reloading={false}
    />
  );
}
