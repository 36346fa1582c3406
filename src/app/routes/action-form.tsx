import { useSuspenseQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { writerRoles } from '../../contract/session';
import { quarterOfDate } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionQueryOptions } from '../../features/actions/api/get-action';
import { EditActionForm } from '../../features/actions/components/edit-action-form';
import { NewActionForm } from '../../features/actions/components/new-action-form';
import { useSessionUser } from '../../features/auth/api/get-session';
import { planQueryOptions, usePlan } from '../../features/plan/api/get-plan';
import './action-form.css';

function useCanWrite(): boolean {
  const user = useSessionUser();
  return user !== null && writerRoles.includes(user.role);
}

function FormPage({ title, back, lede, canWrite, children }: { title: string; back: ReactNode; lede: string; canWrite: boolean; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="action-form-page">
      <p className="action-form-back">{back}</p>
      <h1>{title}</h1>
      {canWrite ? (
        <>
          <p className="lede">{lede}</p>
          {children}
        </>
      ) : (
        // A board member who follows a link here is told why there is no form.
        <p className="notice">Your role can’t change actions. Ask the executive director for staff access.</p>
      )}
    </div>
  );
}

export function NewActionRoute() {
  const plan = usePlan();
  const canWrite = useCanWrite();
  return (
    <FormPage
      title="New action"
      canWrite={canWrite}
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
