import { useSuspenseQueries } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { quarterOfDate } from '../../domain/quarters';
import { actionQueryOptions } from '../../features/actions/api/get-action';
import { EditActionForm } from '../../features/actions/components/edit-action-form';
import { NewActionForm } from '../../features/actions/components/new-action-form';
import { planQueryOptions, usePlan } from '../../features/plan/api/get-plan';
import { FormPage, useCanWrite } from './form-page';

// A board member who follows a link here is told why there is no form.
const refusal = 'Your role can’t change actions.';

export function NewActionRoute() {
  const plan = usePlan();
  const canWrite = useCanWrite();
  return (
    <FormPage
      title="New action"
      canWrite={canWrite}
      refusal={refusal}
      back={<Link to="/actions">All actions</Link>}
      lede="An initiative in one cell of the plan: one priority, one focus area, and if one fits, a strategy of the priority."
    >
      <NewActionForm plan={plan} currentQuarter={quarterOfDate(new Date())} />
    </FormPage>
  );
}

export function EditActionRoute() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const canWrite = useCanWrite();
  const [{ data: plan }, { data: action }] = useSuspenseQueries({ queries: [planQueryOptions(), actionQueryOptions(id)] });
  const page = `/actions/${encodeURIComponent(action.id)}`;
  return (
    <FormPage
      title={`Edit: ${action.title}`}
      canWrite={canWrite}
      refusal={refusal}
      back={
        <Link to={page} state={state}>
          Back to the action
        </Link>
      }
      lede="Change what the action is and where it sits in the plan. Its quarterly updates are recorded on its page."
    >
      <EditActionForm plan={plan} action={action} pageState={state} />
    </FormPage>
  );
}
