import type { QueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { PriorityId } from '../../contract/ids';
import { writerRoles } from '../../contract/session';
import { exportFormats } from '../../contract/spreadsheet-export';
import { DownloadLinks } from '../../components/download-links';
import { Notice } from '../../components/notice';
import { quarterOfDate, schoolYearOfQuarter, schoolYearsOfPeriod } from '../../domain/quarters';
import { exportHref } from '../../lib/download';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WriteLink } from '../../features/actions/components/write-link';
import { benchmarksQueryOptions, useBenchmarks } from '../../features/benchmarks/api/get-benchmarks';
import { useSessionUser } from '../../features/auth/api/get-session';
import { BenchmarkCard } from '../../features/benchmarks/components/benchmark-card';
import { BenchmarkValuesEditor } from '../../features/benchmarks/components/benchmark-values-editor';
import { PriorityFilter } from '../../features/benchmarks/components/priority-filter';
import { PrioritySection } from '../../features/benchmarks/components/priority-section';
import { usePlan } from '../../features/plan/api/get-plan';
import type { ScreenLocation } from '../lazy-screen';
import { readBenchmarkParams } from './benchmarks-params';
import { formatCount } from '../../domain/format-count';
import './benchmarks.css';

const measures = (count: number) => `${formatCount(count)} ${count === 1 ? 'measure' : 'measures'}`;

// The measures a cold load opens on, asked for as the app starts.
export function prefetchBenchmarks(queryClient: QueryClient, { search }: ScreenLocation): Promise<void> {
  return queryClient.prefetchQuery(benchmarksQueryOptions(readBenchmarkParams(search).value));
}

export function BenchmarksRoute() {
  useDocumentTitle('Benchmarks');
  const plan = usePlan();
  const user = useSessionUser();
  const canWrite = user !== null && writerRoles.includes(user.role);
  const schoolYears = schoolYearsOfPeriod(plan.period);
  const thisYear = schoolYearOfQuarter(quarterOfDate(new Date()));
  const firstYear = schoolYears.includes(thisYear) ? thisYear : (schoolYears.at(-1) ?? thisYear);
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: filters, ignored } = readBenchmarkParams(searchParams);
  const { items } = useBenchmarks(filters);
  const selected = plan.priorities.find((priority) => priority.id === filters.priority);
  const priorities = selected === undefined ? plan.priorities : [selected];

  const choosePriority = (priority: PriorityId | undefined) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (priority === undefined) next.delete('priority');
      else next.set('priority', priority);
      return next;
    });

  return (
    <div className="benchmarks">
      <div className="page-heading">
        <div className="benchmarks-intro">
          <h1>Benchmarks</h1>
          <p className="lede">
            The measures of the plan’s priorities: for each, its target against its actual, school year by school year.
            {items.some((benchmark) => benchmark.sample) && ' The figures are sample data, invented for this demonstration, not PEF’s results.'}
          </p>
        </div>
        <div className="write-tools benchmarks-tools">
          <PriorityFilter priorities={plan.priorities} value={filters.priority} onChange={choosePriority} />
          {canWrite && <WriteLink to={filters.priority === undefined ? '/benchmarks/new' : `/benchmarks/new?priority=${filters.priority}`} label="Add a measure" />}
        </div>
      </div>
      {ignored.priority && <Notice>The link’s priority {ignored.priority}, so all priorities are shown.</Notice>}

      {items.length === 0 ? (
        <div className="benchmarks-empty">
          {selected === undefined ? (
            <p>No measures have been set for the plan’s priorities yet.</p>
          ) : (
            <>
              <p>
                No measures have been set yet for priority {selected.number}, {selected.title}.
              </p>
              <Link to="/benchmarks">Show all priorities</Link>
            </>
          )}
        </div>
      ) : (
        <>
          <div className="benchmarks-count-row">
            <p className="benchmarks-count">
              {measures(items.length)}
              {selected === undefined
                ? ` across ${plan.priorities.length} priorities.`
                : ` for priority ${selected.number}.`}
            </p>
            <DownloadLinks
              what={`Download ${items.length === 1 ? 'this measure' : `these ${formatCount(items.length)} measures`}`}
              downloads={exportFormats.map((format) => ({ format, href: exportHref('benchmarks', format, filters) }))}
            />
          </div>
          {priorities.map((priority) => {
            const own = items.filter((benchmark) => benchmark.priorityId === priority.id);
            return (
              <PrioritySection key={priority.id} priority={priority} measureCount={own.length}>
                {own.map((benchmark) => (
                  <BenchmarkCard
                    key={benchmark.id}
                    benchmark={benchmark}
                    withCharts
                    editor={
                      canWrite && (
                        <>
                          <p className="benchmarks-edit-link">
                            <Link to={`/benchmarks/${encodeURIComponent(benchmark.id)}/edit`} aria-label={`Edit the measure ${benchmark.name}`}>
                              Edit the measure
                            </Link>
                          </p>
                          <BenchmarkValuesEditor benchmark={benchmark} schoolYears={schoolYears} firstYear={firstYear} />
                        </>
                      )
                    }
                  />
                ))}
              </PrioritySection>
            );
          })}
        </>
      )}
    </div>
  );
}
