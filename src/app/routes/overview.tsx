import { useSearchParams } from 'react-router';
import type { FocusAreaId, PriorityId, StatusId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { StatusLegend } from '../../components/status-legend';
import { compareQuarters, quarterLabel, quarterMonths } from '../../domain/quarters';
import { matrixOfCells } from '../../domain/overview';
import { totalOf } from '../../domain/status-counts';
import { toSearch } from '../../lib/api-client';
import { loadAfterPaint, useLoadedAfterPaint } from '../../lib/load-after-paint';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOverview } from '../../features/matrix/api/get-overview';
import { HeadlineFigures } from '../../features/matrix/components/headline-figures';
import { PlanMatrix } from '../../features/matrix/components/plan-matrix';
import { usePlan } from '../../features/plan/api/get-plan';
import { preloadStatusHistoryChart } from '../../features/status-history/components/status-history-chart-loader';
import { readOverviewParams } from './overview-params';

// The status over time sits below the matrix: its code (and the chart's after
// it) loads once the matrix is painted. Its numbers are already cached.
const loadStatusHistory = loadAfterPaint(() => {
  preloadStatusHistoryChart();
  return import('./overview-status-history');
});

function LaterStatusHistory({ plan }: { plan: Plan }) {
  const { module, failed } = useLoadedAfterPaint(loadStatusHistory);
  if (failed) return <Notice>The status over time could not be loaded; reload the page to try again.</Notice>;
  return module === undefined ? null : <module.OverviewStatusHistory plan={plan} />;
}

export function OverviewRoute() {
  useDocumentTitle('Overview');
  const plan = usePlan();
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: params, ignored } = readOverviewParams(searchParams, plan);
  const { cells, asOf, latestReported, total } = useOverview(params);
  const counts = matrixOfCells(cells);

  const lastChoice = latestReported !== null && compareQuarters(latestReported, asOf) > 0 ? latestReported : asOf;
  const quarters = plan.quarters.filter((quarter) => compareQuarters(quarter, lastChoice) <= 0);
  const linkTo = (filters: { priority?: PriorityId; focusArea?: FocusAreaId; status?: StatusId }) =>
    `/actions${toSearch({ ...filters, quarter: params.quarter })}`;

  return (
    <div className="overview">
      <div className="page-heading">
        <div>
          <h1>Overview</h1>
          <p className="lede">
            {totalOf(total)} actions across {plan.priorities.length} priorities and {plan.focusAreas.length} focus areas, as of{' '}
            {quarterLabel(asOf)} ({quarterMonths(asOf)}).
          </p>
        </div>
        <QuarterSelect
          label="As of"
          quarters={quarters}
          value={asOf}
          onChange={(quarter) => setSearchParams((current) => ({ ...Object.fromEntries(current), quarter }))}
        />
      </div>
      {ignored.quarter && (
        <Notice>
          The link’s quarter {ignored.quarter}, so the overview shows the latest reported quarter instead.
        </Notice>
      )}
      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className="visually-hidden">
          Actions by status
        </h2>
        <HeadlineFigures counts={total} hrefFor={(status) => linkTo(status === undefined ? {} : { status })} />
      </section>
      <section aria-labelledby="matrix-title" className="matrix-section">
        <h2 id="matrix-title">The plan at a glance</h2>
        <p className="section-help">
          Each cell counts the actions of one priority in one focus area and shows how they stand. Select a number to see
          those actions.
        </p>
        <StatusLegend />
        <PlanMatrix
          priorities={plan.priorities}
          focusAreas={plan.focusAreas}
          counts={counts}
          cellHref={(priority, focusArea) => linkTo({ priority, focusArea })}
          priorityHref={(priority) => `/priorities/${priority}`}
        />
      </section>
      <LaterStatusHistory plan={plan} />
    </div>
  );
}
