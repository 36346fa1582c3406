import { Link, useSearchParams } from 'react-router';
import type { PriorityId } from '../../contract/ids';
import { writerRoles } from '../../contract/session';
import { Notice } from '../../components/notice';
import { quarterOfDate, schoolYearOfQuarter, schoolYearsOfPeriod } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useBenchmarks } from '../../features/benchmarks/api/get-benchmarks';
import { useSessionUser } from '../../features/auth/api/get-session';
import { BenchmarkCard } from '../../features/benchmarks/components/benchmark-card';
import { BenchmarkValuesEditor } from '../../features/benchmarks/components/benchmark-values-editor';
import { PriorityFilter } from '../../features/benchmarks/components/priority-filter';
import { PrioritySection } from '../../features/benchmarks/components/priority-section';
import { usePlan } from '../../features/plan/api/get-plan';
import { readBenchmarkParams } from './benchmarks-params';
import './benchmarks.css';

const measures = (count: number) => `${count} ${count === 1 ? 'measure' : 'measures'}`;

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
        <PriorityFilter priorities={plan.priorities} value={filters.priority} onChange={choosePriority} />
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
          <p className="benchmarks-count">
            {measures(items.length)}
            {selected === undefined
              ? ` across ${plan.priorities.length} priorities.`
              : ` for priority ${selected.number}.`}
          </p>
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
                      canWrite && <BenchmarkValuesEditor benchmark={benchmark} schoolYears={schoolYears} firstYear={firstYear} />
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
