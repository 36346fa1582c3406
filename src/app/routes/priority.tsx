import { useSuspenseQueries } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Action } from '../../contract/actions';
import type { Benchmark } from '../../contract/benchmarks';
import { PriorityId } from '../../contract/ids';
import type { Plan, Priority } from '../../contract/plan';
import type { StatusHistory } from '../../contract/status-history';
import { quarterLabel, quarterMonths } from '../../domain/quarters';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionsQueryOptions } from '../../features/actions/api/get-actions';
import { benchmarksQueryOptions } from '../../features/benchmarks/api/get-benchmarks';
import { BenchmarkCard } from '../../features/benchmarks/components/benchmark-card';
import { planQueryOptions } from '../../features/plan/api/get-plan';
import { FocusAreaColumns } from '../../features/priorities/components/focus-area-columns';
import { PriorityApproach, PriorityHeading } from '../../features/priorities/components/priority-heading';
import { statusHistoryQueryOptions } from '../../features/status-history/api/get-status-history';
import { StatusHistoryFigure } from '../../features/status-history/components/status-history-figure';
import { NotFoundRoute } from './not-found';
import './priority.css';

interface PriorityScreenProps {
  plan: Plan;
  priority: Priority;
  actions: readonly Action[];
  asOf: string;
  benchmarks: readonly Benchmark[];
  history: StatusHistory;
}

function PriorityScreen({ plan, priority, actions, asOf, benchmarks, history }: PriorityScreenProps) {
  useDocumentTitle(`Priority ${priority.number}: ${priority.title}`);
  const actionsHref = (focusArea?: string) => `/actions${toSearch({ priority: priority.id, focusArea })}`;
  return (
    <div className="priority-page">
      <p className="priority-page-back">
        <Link to="/">Overview</Link> <span aria-hidden="true">›</span> Priority {priority.number}
      </p>
      <PriorityHeading priority={priority} of={plan.priorities.length} />
      <PriorityApproach priority={priority} />

      <section className="priority-page-section" aria-labelledby="priority-actions-title">
        <div className="priority-page-section-heading">
          <h2 id="priority-actions-title">Actions by focus area</h2>
          <Link to={actionsHref()}>All {actions.length} actions of this priority</Link>
        </div>
        <p className="section-help">
          Statuses as of {quarterLabel(asOf)} ({quarterMonths(asOf)}), the latest reported quarter.
          {actions.some((action) => action.sample) && ' The actions are sample data.'}
        </p>
        <FocusAreaColumns focusAreas={plan.focusAreas} actions={actions} asOf={asOf} actionsHref={actionsHref} />
      </section>

      <section className="priority-page-section" aria-labelledby="priority-history-title">
        <h2 id="priority-history-title">Status over time</h2>
        <StatusHistoryFigure
          history={history}
          title={`Priority ${priority.number}: actions by status, quarter by quarter`}
          caption={`Actions by status in each quarter (priority ${priority.number})`}
        />
      </section>

      <section className="priority-page-section" aria-labelledby="priority-benchmarks-title">
        <h2 id="priority-benchmarks-title">Benchmarks</h2>
        {benchmarks.length === 0 ? (
          <p className="priority-page-empty">No measures have been set for this priority yet.</p>
        ) : (
          <>
            <p className="section-help">
              How the priority is measured, target against actual by school year.
              {benchmarks.some((benchmark) => benchmark.sample) && ' The figures are sample data.'}
            </p>
            <div className="priority-page-benchmarks">
              {benchmarks.map((benchmark) => (
                <BenchmarkCard key={benchmark.id} benchmark={benchmark} />
              ))}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

// The plan, this priority's actions, measures and history, side by side.
function PriorityPage({ id }: { id: PriorityId }) {
  const [{ data: plan }, { data: actions }, { data: benchmarks }, { data: history }] = useSuspenseQueries({
    queries: [
      planQueryOptions(),
      actionsQueryOptions({ priority: id }),
      benchmarksQueryOptions({ priority: id }),
      statusHistoryQueryOptions({ priority: id }),
    ],
  });
  const priority = plan.priorities.find((p) => p.id === id);
  if (priority === undefined) return <NotFoundRoute />;
  return (
    <PriorityScreen
      plan={plan}
      priority={priority}
      actions={actions.items}
      asOf={actions.asOf}
      benchmarks={benchmarks.items}
      history={history}
    />
  );
}

// /priorities/:id; an id that is not one of the plan's priorities is a page
// that does not exist.
export function PriorityRoute() {
  const { id } = useParams();
  const parsed = PriorityId.safeParse(id);
  if (!parsed.success) return <NotFoundRoute />;
  return <PriorityPage id={parsed.data} />;
}
