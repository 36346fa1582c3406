import { useSuspenseQueries, type QueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Benchmark } from '../../contract/benchmarks';
import { focusAreaIds, PriorityId, type FocusAreaId } from '../../contract/ids';
import type { Plan, Priority } from '../../contract/plan';
import type { StatusHistory } from '../../contract/status-history';
import { quarterLabel, quarterMonths } from '../../domain/quarters';
import { formatCount } from '../../domain/format-count';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionsQueryOptions } from '../../features/actions/api/get-actions';
import { benchmarksQueryOptions } from '../../features/benchmarks/api/get-benchmarks';
import { BenchmarkCard } from '../../features/benchmarks/components/benchmark-card';
import { planQueryOptions } from '../../features/plan/api/get-plan';
import { FocusAreaColumns, type FocusAreaCell } from '../../features/priorities/components/focus-area-columns';
import { PriorityApproach, PriorityHeading } from '../../features/priorities/components/priority-heading';
import { statusHistoryQueryOptions } from '../../features/status-history/api/get-status-history';
import { StatusHistoryFigure } from '../../features/status-history/components/status-history-figure';
import { NotFoundRoute } from './not-found';
import type { ScreenLocation } from '../lazy-screen';
import './priority.css';

interface PriorityScreenProps {
  plan: Plan;
  priority: Priority;
  cells: readonly FocusAreaCell[];
  asOf: string;
  benchmarks: readonly Benchmark[];
  history: StatusHistory;
}

// How many of a cell's actions the page lists; the action list has them all.
const cellPreviewSize = 10;

function PriorityScreen({ plan, priority, cells, asOf, benchmarks, history }: PriorityScreenProps) {
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
          <Link to={actionsHref()}>All {formatCount(cells.reduce((sum, cell) => sum + cell.total, 0))} actions of this priority</Link>
        </div>
        <p className="section-help">
          Statuses as of {quarterLabel(asOf)} ({quarterMonths(asOf)}), the latest reported quarter.
          {cells.some((cell) => cell.actions.some((action) => action.sample)) && ' The actions are sample data.'}
        </p>
        <FocusAreaColumns cells={cells} asOf={asOf} actionsHref={actionsHref} />
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
// Each focus area's first actions come in a request of their own, so the
// page's size does not grow with the plan.
function priorityPageQueries(id: PriorityId) {
  const cell = (focusArea: FocusAreaId) => actionsQueryOptions({ priority: id, focusArea, pageSize: cellPreviewSize });
  const [first, second, third, fourth] = focusAreaIds;
  return [
    planQueryOptions(),
    benchmarksQueryOptions({ priority: id }),
    statusHistoryQueryOptions({ priority: id }),
    cell(first),
    cell(second),
    cell(third),
    cell(fourth),
  ] as const;
}

// The priority a cold load opens on, asked for as the app starts.
export function prefetchPriority(queryClient: QueryClient, { params }: ScreenLocation): Promise<unknown> {
  const id = PriorityId.safeParse(params.id);
  if (!id.success) return Promise.resolve();
  const [plan, benchmarks, history, ...cells] = priorityPageQueries(id.data);
  return Promise.all([
    queryClient.prefetchQuery(plan),
    queryClient.prefetchQuery(benchmarks),
    queryClient.prefetchQuery(history),
    ...cells.map((cell) => queryClient.prefetchQuery(cell)),
  ]);
}

function PriorityPage({ id }: { id: PriorityId }) {
  const [{ data: plan }, { data: benchmarks }, { data: history }, ...lists] = useSuspenseQueries({ queries: priorityPageQueries(id) });
  const priority = plan.priorities.find((p) => p.id === id);
  if (priority === undefined) return <NotFoundRoute />;
  const byArea = new Map(lists.map(({ data }, index) => [focusAreaIds[index], data]));
  const cells = plan.focusAreas.flatMap((area) => {
    const list = byArea.get(area.id);
    return list === undefined ? [] : [{ area, actions: list.items, total: list.total }];
  });
  return (
    <PriorityScreen
      plan={plan}
      priority={priority}
      cells={cells}
      asOf={lists[0].data.asOf}
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
