import type { QueryClient } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { defaultActionPageSize, type ActionExportQuery, type ActionFilters } from '../../contract/actions';
import { exportFormats } from '../../contract/spreadsheet-export';
import { writerRoles } from '../../contract/session';
import { DownloadLinks } from '../../components/download-links';
import { Notice } from '../../components/notice';
import { QuarterSelect } from '../../components/quarter-select';
import { pageCount } from '../../domain/paginate';
import { compareQuarters, quarterLabel } from '../../domain/quarters';
import { toSearch } from '../../lib/api-client';
import { exportHref } from '../../lib/download';
import { useDocumentTitle } from '../../lib/use-document-title';
import { actionsQueryOptions, useActionsKeepingView } from '../../features/actions/api/get-actions';
import { ActionFiltersForm } from '../../features/actions/components/action-filters-form';
import { ActionListToolbar } from '../../features/actions/components/action-list-toolbar';
import { ActionPagination } from '../../features/actions/components/action-pagination';
import { ActionTable } from '../../features/actions/components/action-table';
import { NoMatchingActions } from '../../features/actions/components/no-matching-actions';
import { WriteLink } from '../../features/actions/components/write-link';
import { countOfActions, describeActionFilters, describeSort } from '../../features/actions/utils/describe-filters';
import { useSessionUser } from '../../features/auth/api/get-session';
import { planQueryOptions, usePlan } from '../../features/plan/api/get-plan';
import type { ScreenLocation } from '../lazy-screen';
import { actionFilterKeys, pageSizes, readActionParams, type ActionParamKey } from './actions-params';
import { formatCount } from '../../domain/format-count';
import './actions.css';

// What the list falls back to when the link's value for a parameter is ignored.
const fallbackFor: Record<ActionParamKey, string> = {
  priority: 'all priorities are shown',
  focusArea: 'all focus areas are shown',
  status: 'all statuses are shown',
  studentGroup: 'all student groups are shown',
  due: 'actions due at any time are shown',
  owner: 'all owners are shown',
  q: 'no search is applied',
  quarter: 'statuses are as of the latest reported quarter',
  sort: 'the list is in the plan’s order',
  page: 'the first page is shown',
  pageSize: `${defaultActionPageSize} rows are shown per page`,
};

type Changes = Partial<Record<ActionParamKey, string | undefined>>;

// The list a URL asks for: its filters, sort and page, with the page size defaulted.
function listFiltersOf(params: ActionFilters): ActionFilters {
  return { ...params, pageSize: params.pageSize ?? defaultActionPageSize };
}

// The list a cold load opens on, asked for as the app starts.
export async function prefetchActions(queryClient: QueryClient, { search }: ScreenLocation): Promise<void> {
  const plan = await queryClient.ensureQueryData(planQueryOptions());
  await queryClient.prefetchQuery(actionsQueryOptions(listFiltersOf(readActionParams(search, plan).value)));
}

export function ActionsRoute() {
  useDocumentTitle('Actions');
  const plan = usePlan();
  const user = useSessionUser();
  const canWrite = user !== null && writerRoles.includes(user.role);
  const { pathname, search } = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: params, ignored } = readActionParams(searchParams, plan);
  // The form follows the URL at once; the rows (and all said about them)
  // stay those of the last view until the new one has loaded.
  const { list, filters: shown, pending } = useActionsKeepingView(listFiltersOf(params));
  const { items, total, unfilteredTotal, page, asOf, latestReported } = list;
  const { pageSize } = list;

  const { page: _page, pageSize: _pageSize, ...query } = shown;
  const exportQuery: ActionExportQuery = query;
  const filtered = actionFilterKeys.some((key) => params[key] !== undefined);
  const description = describeActionFilters(shown, plan, asOf);
  const lastChoice = latestReported !== null && compareQuarters(latestReported, asOf) > 0 ? latestReported : asOf;
  const quarters = plan.quarters.filter((quarter) => compareQuarters(quarter, lastChoice) <= 0);
  const pages = pageCount(total, pageSize);
  const these = total === 1 ? 'this action' : `these ${formatCount(total)} actions`;

  // A URL with these changes; the page goes back to 1 unless it is the change,
  // and parameters the list ignored are dropped.
  const urlWith = (changes: Changes) => {
    const current: Changes = Object.fromEntries([...searchParams].filter(([key]) => !(key in ignored)));
    return toSearch({ ...current, page: undefined, ...changes });
  };
  const change = (changes: Changes) => setSearchParams(urlWith(changes));
  const clearHref = `${pathname}${urlWith(Object.fromEntries(actionFilterKeys.map((key) => [key, undefined])))}`;
  const pageHref = (to: number) => `${pathname}${urlWith({ page: to === 1 ? undefined : String(to) })}`;

  return (
    <div className="actions-page">
      <div className="page-heading">
        <div>
          <h1>Actions</h1>
          <p className="lede" role="status">
            {countOfActions(total, unfilteredTotal)} {description}.
          </p>
        </div>
        <div className="write-tools">
          <QuarterSelect label="As of" quarters={quarters} value={params.quarter ?? asOf} onChange={(quarter) => change({ quarter })} />
          {canWrite && <WriteLink to="/actions/new" label="New action" />}
        </div>
      </div>
      {Object.entries(ignored).map(([key, why]) => (
        <Notice key={key}>
          Ignored the link’s {key}: {why}; {fallbackFor[key as ActionParamKey] ?? 'it has no effect'}.
        </Notice>
      ))}
      <ActionFiltersForm
        priorities={plan.priorities}
        focusAreas={plan.focusAreas}
        quarters={plan.quarters}
        values={params}
        onChange={change}
      />
      <div className={pending ? 'actions-results pending' : 'actions-results'} aria-busy={pending}>
        <ActionListToolbar
          clearHref={filtered ? clearHref : undefined}
          planOrderHref={params.sort === undefined ? undefined : `${pathname}${urlWith({ sort: undefined })}`}
          downloads={
            total > 0 && (
              <>
                <DownloadLinks what={`Download ${these}`} downloads={exportFormats.map((format) => ({ format, href: exportHref('actions', format, exportQuery) }))} />
                <DownloadLinks what={`Download the updates of ${these}`} downloads={exportFormats.map((format) => ({ format, href: exportHref('updates', format, exportQuery) }))} />
              </>
            )
          }
        />
        {total === 0 && <NoMatchingActions description={description} clearHref={filtered ? clearHref : undefined} />}
        {total > 0 && items.length === 0 && (
          <p className="actions-past-end">
            This page is past the end of the list, which has {pages} {pages === 1 ? 'page' : 'pages'}.{' '}
            <Link to={pageHref(pages)}>Go to the last page</Link>
          </p>
        )}
        {items.length > 0 && (
          <ActionTable
            actions={items}
            priorities={plan.priorities}
            focusAreas={plan.focusAreas}
            caption={`Actions as of ${quarterLabel(asOf)}, ${describeSort(shown.sort)}`}
            asOf={asOf}
            sort={params.sort}
            onSort={(sort) => change({ sort })}
            actionHref={(id) => `/actions/${encodeURIComponent(id)}`}
            linkState={{ list: `${pathname}${search}` }}
          />
        )}
        {total > 0 && (
          <ActionPagination
            page={page}
            pageSize={pageSize}
            total={total}
            pageSizes={[...new Set<number>([...pageSizes, pageSize])].sort((a, b) => a - b)}
            hrefFor={pageHref}
            onPageSizeChange={(size) => change({ pageSize: size === defaultActionPageSize ? undefined : String(size) })}
          />
        )}
      </div>
    </div>
  );
}
