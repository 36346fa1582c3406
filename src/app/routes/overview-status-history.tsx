import { Suspense } from 'react';
import { useSearchParams } from 'react-router';
import type { StatusHistoryFilters } from '../../contract/status-history';
import type { Plan } from '../../contract/plan';
import { Notice } from '../../components/notice';
import { useStatusHistory } from '../../features/status-history/api/get-status-history';
import { HistoryFilters, type HistoryFilterName } from '../../features/status-history/components/history-filters';
import { StatusHistoryFigure } from '../../features/status-history/components/status-history-figure';
import { historyParamKeys, readHistoryParams } from './status-history-params';
import './overview-status-history.css';
import { useHasSampleData } from '../../features/sample-data/api/get-sample-data';

const fallbackFor: Record<string, string> = {
  [historyParamKeys.priority]: 'the chart shows all priorities',
  [historyParamKeys.focusArea]: 'the chart shows all focus areas',
};

// "Priority 2 in Voice & Agency", "Voice & Agency", …: what the chart
// counts, or undefined for the whole plan.
function describeHistorySelection(plan: Plan, filters: StatusHistoryFilters): string | undefined {
  const priority = plan.priorities.find((p) => p.id === filters.priority);
  const focusArea = plan.focusAreas.find((area) => area.id === filters.focusArea);
  const priorityName = priority && `Priority ${priority.number}`;
  if (priorityName && focusArea) return `${priorityName} in ${focusArea.name}`;
  return priorityName ?? focusArea?.name;
}

function HistoryFigure({ plan, filters }: { plan: Plan; filters: StatusHistoryFilters }) {
  const history = useStatusHistory(filters);
  const selection = describeHistorySelection(plan, filters);
  return (
    <StatusHistoryFigure
      history={history}
      title={selection ? `${selection}: actions by status, quarter by quarter` : 'All actions by status, quarter by quarter'}
      caption={`Actions by status in each quarter (${selection ?? 'all actions'})`}
    />
  );
}

// The overview's "status over time": its own filters in the URL, and its own
// loading state, so the matrix above never waits for it.
export function OverviewStatusHistory({ plan }: { plan: Plan }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: filters, ignored } = readHistoryParams(searchParams);
  const sample = useHasSampleData();
  const choose = (name: HistoryFilterName, value: string | undefined) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === undefined) next.delete(historyParamKeys[name]);
        else next.set(historyParamKeys[name], value);
        return next;
      },
      { preventScrollReset: true },
    );
  return (
    <section aria-labelledby="history-title" className="history-section">
      <div className="history-heading">
        <div>
          <h2 id="history-title">Status over time</h2>
          <p className="section-help">
            How many actions stood in each status at the end of every quarter of the plan, school year by school year
            {sample ? ' (sample data).' : '.'}
          </p>
        </div>
        <HistoryFilters
          priorities={plan.priorities}
          focusAreas={plan.focusAreas}
          priority={filters.priority}
          focusArea={filters.focusArea}
          onChange={choose}
        />
      </div>
      {Object.entries(ignored).map(([key, why]) => (
        <Notice key={key}>
          Ignored the link’s {key}: {why}; {fallbackFor[key] ?? 'it has no effect'}.
        </Notice>
      ))}
      <Suspense fallback={<p className="chart-loading">Loading the status history…</p>}>
        <HistoryFigure plan={plan} filters={filters} />
      </Suspense>
    </section>
  );
}
