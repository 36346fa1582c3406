import { lazy } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { ChartFrame } from '../../../components/chart-frame';
import { groupSummary, latestGroupSnapshot } from '../../../domain/benchmark-series';
import { ChartLegend } from './chart-legend';
import { GroupLatestTable } from './group-latest-table';

const GroupBarChart = lazy(() => import('./group-bar-chart').then((module) => ({ default: module.GroupBarChart })));

// The latest reported school year's value for each student group, as bars
// from highest to lowest, with the same numbers as a table behind the toggle.
export function GroupChartFrame({ benchmark }: { benchmark: Benchmark }) {
  const snapshot = latestGroupSnapshot(benchmark);
  if (snapshot === null) {
    return <p className="section-help">No student group’s value has been reported yet.</p>;
  }
  const hasAllStudents = snapshot.bars.some((bar) => bar.allStudents);
  return (
    <ChartFrame
      title={`By student group, ${snapshot.label}`}
      headingLevel={4}
      summary={groupSummary(snapshot, benchmark.unit)}
      legend={
        <ChartLegend
          items={[
            ...(hasAllStudents
              ? [
                  { kind: 'all-students', label: 'All students' },
                  { kind: 'all-students-line', label: 'All students’ level, for comparison' },
                ] as const
              : []),
            { kind: 'group', label: 'Student group, highest first' },
          ]}
        />
      }
      table={<GroupLatestTable benchmark={benchmark} snapshot={snapshot} />}
    >
      <GroupBarChart bars={snapshot.bars} unit={benchmark.unit} />
    </ChartFrame>
  );
}
