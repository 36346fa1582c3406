import { useSearchParams } from 'react-router';
import type { FocusAreaId, PriorityId, StatusId } from '../../contract/ids';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { StatusLegend } from '../../components/status-legend';
import { compareQuarters, quarterLabel, quarterMonths } from '../../domain/quarters';
import { matrixOfCells } from '../../domain/overview';
import { totalOf } from '../../domain/status-counts';
import { formatCount } from '../../domain/format-count';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOverview } from '../../features/matrix/api/get-overview';
import { HeadlineFigures } from '../../features/matrix/components/headline-figures';
import { PlanMatrix } from '../../features/matrix/components/plan-matrix';
import { usePlan } from '../../features/plan/api/get-plan';
import { readOverviewParams } from './overview-params';
import { OverviewStatusHistory } from './overview-status-history';

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
            {formatCount(totalOf(total))} actions across {plan.priorities.length} priorities and {plan.focusAreas.length} focus areas, as of{' '}
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
      <OverviewStatusHistory plan={plan} />
    </div>
  );
}
