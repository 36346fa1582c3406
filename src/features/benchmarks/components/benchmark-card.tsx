import { useId, type ReactNode } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { benchmarkMet } from '../../../domain/benchmark-met';
import { directionLabels, latestReportedYear, latestSummary, unitLabels } from '../../../domain/format-measure';
import { DirectionIcon, MetIcon } from './benchmark-icons';
import { BenchmarkTable } from './benchmark-table';
import { BenchmarkTrendFrame } from './benchmark-trend-frame';
import { GroupChartFrame } from './group-chart-frame';
import { GroupValuesTable } from './group-values-table';
import './benchmark-card.css';

interface BenchmarkCardProps {
  benchmark: Benchmark;
  // A picture of the same numbers (a trend chart), shown above the table,
  // which stays as its text alternative.
  chart?: ReactNode;
  // Draw the figures as charts: a chart frame with the summary line takes the
  // place of the summary and the table (which it carries behind its toggle),
  // and the student groups' values get a chart beside their table.
  withCharts?: boolean;
  // Controls to change the figures (for those whose role may), below them.
  editor?: ReactNode;
}

// One measure: what it is, where it stands, and its figures by school year.
export function BenchmarkCard({ benchmark, chart, withCharts = false, editor }: BenchmarkCardProps) {
  const headingId = useId();
  const latest = latestReportedYear(benchmark.years);
  const met = latest === undefined ? null : benchmarkMet(benchmark.direction, latest.target, latest.actual);
  return (
    <article className="benchmark-card" aria-labelledby={headingId}>
      <header className="benchmark-card-header">
        <h3 id={headingId}>{benchmark.name}</h3>
        {benchmark.sample && <span className="benchmark-sample-tag">Sample data</span>}
      </header>
      <p className="benchmark-description">{benchmark.description}</p>
      <dl className="benchmark-facts">
        <div>
          <dt>Unit</dt>
          <dd>{unitLabels[benchmark.unit]}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd className="benchmark-direction">
            <DirectionIcon direction={benchmark.direction} />
            {directionLabels[benchmark.direction]}
          </dd>
        </div>
      </dl>
      {withCharts ? (
        <BenchmarkTrendFrame benchmark={benchmark} />
      ) : (
        <p className="benchmark-summary">
          <MetIcon met={met} />
          <span>{latestSummary(benchmark)}</span>
        </p>
      )}
      {chart !== undefined && <div className="benchmark-chart">{chart}</div>}
      {!withCharts && <BenchmarkTable benchmark={benchmark} />}
      {editor}
      {benchmark.groups.length > 0 && (
        <details className="benchmark-groups">
          <summary>Values by student group</summary>
          <div className="benchmark-groups-body">
            {withCharts && <GroupChartFrame benchmark={benchmark} />}
            <GroupValuesTable benchmark={benchmark} />
          </div>
        </details>
      )}
    </article>
  );
}
