import { lazy } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { ChartFrame } from '../../../components/chart-frame';
import { benchmarkTrend } from '../../../domain/benchmark-series';
import { latestSummary } from '../../../domain/format-measure';
import { BenchmarkTable } from './benchmark-table';
import { ChartLegend } from './chart-legend';

const BenchmarkTrendChart = lazy(() =>
  import('./benchmark-trend-chart').then((module) => ({ default: module.BenchmarkTrendChart })),
);

// A measure's target against its actual by school year, as a chart with its
// summary line, and its figures as a table behind the frame's toggle.
export function BenchmarkTrendFrame({ benchmark }: { benchmark: Benchmark }) {
  const trend = benchmarkTrend(benchmark);
  return (
    <ChartFrame
      title="Target and actual by school year"
      headingLevel={4}
      summary={latestSummary(benchmark)}
      legend={
        <ChartLegend
          items={[
            { kind: 'actual', label: 'Actual' },
            { kind: 'target', label: 'Target' },
            { kind: 'baseline', label: trend.baseline.label },
          ]}
        />
      }
      table={<BenchmarkTable benchmark={benchmark} />}
      empty={
        trend.reported
          ? undefined
          : 'Nothing to draw yet: no school year’s actual has been reported. The targets are in the table.'
      }
    >
      <BenchmarkTrendChart trend={trend} unit={benchmark.unit} direction={benchmark.direction} />
    </ChartFrame>
  );
}
