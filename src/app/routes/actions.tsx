import { Link, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { compareQuarters, quarterLabel } from '../../domain/quarters';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useActions } from '../../features/actions/api/get-actions';
import { ActionFiltersForm, type ActionFilterName } from '../../features/actions/components/action-filters-form';
import { ActionTable } from '../../features/actions/components/action-table';
import { NoMatchingActions } from '../../features/actions/components/no-matching-actions';
import { countActions, describeActionFilters } from '../../features/actions/utils/describe-filters';
import { usePlan } from '../../features/plan/api/get-plan';
import { readActionParams, type ActionParamKey } from './actions-params';
import './actions.css';

// What the list falls back to when the link's value for a parameter is ignored.
const fallbackFor: Record<ActionParamKey, string> = {
  priority: 'all priorities are shown',
  focusArea: 'all focus areas are shown',
  status: 'all statuses are shown',
  q: 'no search is applied',
  quarter: 'statuses are as of the latest reported quarter',
};

export function ActionsRoute() {
  useDocumentTitle('Actions');
  const plan = usePlan();
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: filters, ignored } = readActionParams(searchParams, plan);
  const { items, total, asOf, latestReported } = useActions(filters);

  // The quarter is the list's point in time, not a filter: clearing keeps it.
  const filtered = Boolean(filters.priority || filters.focusArea || filters.status || filters.q);
  const clearHref = `/actions${toSearch({ quarter: filters.quarter })}`;
  const description = describeActionFilters(filters, plan, asOf);
  const lastChoice = latestReported !== null && compareQuarters(latestReported, asOf) > 0 ? latestReported : asOf;
  const quarters = plan.quarters.filter((quarter) => compareQuarters(quarter, lastChoice) <= 0);

  const setParam = (name: ActionFilterName | 'quarter', value: string | undefined) =>
    setSearchParams((current) => toSearch({ ...Object.fromEntries(current), [name]: value }));

  return (
    <div className="actions-page">
      <div className="page-heading">
        <div>
          <h1>Actions</h1>
          <p className="lede" role="status">
            {countActions(total)} {description}.
          </p>
        </div>
        <QuarterSelect label="As of" quarters={quarters} value={asOf} onChange={(quarter) => setParam('quarter', quarter)} />
      </div>
      {Object.entries(ignored).map(([key, why]) => (
        <Notice key={key}>
          Ignored the link’s {key}: {why}; {fallbackFor[key as ActionParamKey] ?? 'it has no effect'}.
        </Notice>
      ))}
      <ActionFiltersForm priorities={plan.priorities} focusAreas={plan.focusAreas} values={filters} onChange={setParam} />
      {filtered && (
        <p className="actions-clear">
          <Link to={clearHref}>Clear filters</Link>
        </p>
      )}
      {items.length === 0 ? (
        <NoMatchingActions description={description} clearHref={filtered ? clearHref : undefined} />
      ) : (
        <ActionTable
          actions={items}
          priorities={plan.priorities}
          focusAreas={plan.focusAreas}
          caption={`Actions as of ${quarterLabel(asOf)}`}
        />
      )}
    </div>
  );
}
