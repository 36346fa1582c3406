import { useId } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import type { GroupSnapshot } from '../../../domain/benchmark-series';
import { formatValue } from '../../../domain/format-measure';
import { NotReported } from './missing-value';
import './benchmark-table.css';

interface GroupLatestTableProps {
  benchmark: Benchmark;
  snapshot: GroupSnapshot;
}

// One school year's actual for each student group, in the order of its chart.
export function GroupLatestTable({ benchmark, snapshot }: GroupLatestTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="benchmark-table">
        <caption id={captionId}>
          <span className="visually-hidden">{benchmark.name}:</span> Actual by student group, {snapshot.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Student group</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.bars.map((bar) => (
            <tr key={bar.studentGroupId}>
              <th scope="row">{bar.label}</th>
              <td>{formatValue(bar.actual, benchmark.unit)}</td>
            </tr>
          ))}
          {snapshot.unreported.map((group) => (
            <tr key={group.studentGroupId}>
              <th scope="row">{group.label}</th>
              <td>
                <NotReported />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
