import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { writerRoles } from '../../contract/session';
import { actionTimeline } from '../../domain/action-timeline';
import { compareQuarters, quarterLabel } from '../../domain/quarters';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionQueryOptions } from '../../features/actions/api/get-action';
import { ActionDetails } from '../../features/actions/components/action-details';
import { SampleTag } from '../../features/actions/components/action-table';
import { StatusTimeline } from '../../features/actions/components/status-timeline';
import { UpdateForm } from '../../features/actions/components/update-form';
import { UpdateList } from '../../features/actions/components/update-list';
import { WriteLink } from '../../features/actions/components/write-link';
import { useSessionUser } from '../../features/auth/api/get-session';
import { planQueryOptions } from '../../features/plan/api/get-plan';
import { reportingPeriodsQueryOptions } from '../../features/reporting/api/get-reporting-periods';
import type { ScreenLocation } from '../lazy-screen';
import './action.css';

// The explorer passes its own URL along, so "Back" returns to the same view.
function listUrlFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('list' in state)) return undefined;
  const { list } = state;
  return typeof list === 'string' && /^\/actions(\?|$)/.test(list) ? list : undefined;
}

// The action form says what it saved when it hands over to this page.
function savedFrom(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return undefined;
  return typeof state.saved === 'string' ? state.saved : undefined;
}

function actionPageQueries(id: string) {
  return [planQueryOptions(), actionQueryOptions(id), reportingPeriodsQueryOptions()] as const;
}

// The action a cold load opens on, asked for as the app starts.
export function prefetchAction(queryClient: QueryClient, { params }: ScreenLocation): Promise<unknown> {
  const [plan, action, reporting] = actionPageQueries(params.id ?? '');
  return Promise.all([queryClient.prefetchQuery(plan), queryClient.prefetchQuery(action), queryClient.prefetchQuery(reporting)]);
}

export function ActionRoute() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const user = useSessionUser();
  const canWrite = user !== null && writerRoles.includes(user.role);
  const [{ data: plan }, { data: action }, { data: reporting }] = useSuspenseQueries({ queries: actionPageQueries(id) });
  useDocumentTitle(action.title);

  const priority = plan.priorities.find((p) => p.id === action.priorityId);
  const focusArea = plan.focusAreas.find((f) => f.id === action.focusAreaId);
  const timeline = actionTimeline(action, plan.quarters, action.latestReported);
  const listUrl = listUrlFrom(state);
  const saved = savedFrom(state);
  const startsLater = action.latestReported === null || compareQuarters(action.startQuarter, action.latestReported) > 0;

  return (
    <article className="action-page" aria-labelledby="action-title">
      <p className="action-back">
        <Link to={listUrl ?? '/actions'}>
          <span aria-hidden="true">← </span>
          {listUrl === undefined ? 'All actions' : 'Back to the action list'}
        </Link>
      </p>
      {saved !== undefined && (
        <p className="action-saved" role="status">
          {saved}
        </p>
      )}
      <div className="action-heading">
        <p className="action-eyebrow">Action{action.sample && <SampleTag />}</p>
        <div className="action-title-row">
          <h1 id="action-title">{action.title}</h1>
          {canWrite && (
            <WriteLink
              to={`/actions/${encodeURIComponent(action.id)}/edit`}
              state={listUrl === undefined ? undefined : { list: listUrl }}
              label="Edit action"
            />
          )}
        </div>
        {action.description !== '' && <p className="action-description">{action.description}</p>}
        {action.sample && (
          <p className="action-sample-note">This action and its updates are sample data: invented examples, not the foundation’s work.</p>
        )}
      </div>
      <section aria-labelledby="action-details-title" className="action-section">
        <h2 id="action-details-title" className="visually-hidden">
          Details
        </h2>
        <ActionDetails
          action={action}
          priority={priority}
          focusArea={focusArea}
          priorityHref={`/priorities/${action.priorityId}`}
          focusAreaHref={`/actions${toSearch({ focusArea: action.focusAreaId })}`}
        />
      </section>
      {canWrite && (
        <section id="update" aria-labelledby="action-record-title" className="action-section">
          <h2 id="action-record-title">Record an update</h2>
          <p className="section-help">Add this quarter’s status, or replace the update of an earlier quarter.</p>
          <UpdateForm action={action} period={plan.period} reporting={reporting} />
        </section>
      )}
      <section aria-labelledby="action-timeline-title" className="action-section">
        <h2 id="action-timeline-title">Status by quarter</h2>
        <p className="section-help">
          Each quarter of the plan, {quarterLabel(plan.period.startQuarter)} to {quarterLabel(plan.period.endQuarter)}: the status
          reported then, or carried forward from the last update
          {action.latestReported === null ? '' : `; quarters after ${quarterLabel(action.latestReported)} are not reported yet`}.
        </p>
        <StatusTimeline timeline={timeline} labelledBy="action-timeline-title" />
      </section>
      <section aria-labelledby="action-updates-title" className="action-section">
        <h2 id="action-updates-title">Quarterly updates</h2>
        {action.updates.length === 0 ? (
          <p className="action-no-updates">
            No updates yet:{' '}
            {startsLater
              ? `the action starts in ${quarterLabel(action.startQuarter)}.`
              : `${action.owner} has not reported on it since it started in ${quarterLabel(action.startQuarter)}.`}
          </p>
        ) : (
          <>
            <p className="section-help">Newest first.</p>
            <UpdateList updates={action.updates} labelledBy="action-updates-title" />
          </>
        )}
      </section>
    </article>
  );
}
