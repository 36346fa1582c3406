import { useId } from 'react';
import type { Priority } from '../../../contract/plan';
import type { ReviewBenchmark } from '../../../contract/review';
import { formatValue } from '../../../domain/format-measure';
import { schoolYearLabel } from '../../../domain/quarters';
import './review-tables.css';

function Result({ met }: { met: boolean | null }) {
  if (met === null) return <span className="review-result review-result-none">No data</span>;
  return met ? <span className="review-result review-result-met">Met</span> : <span className="review-result review-result-missed">Not met</span>;
}

interface BenchmarkSnapshotProps {
  schoolYear: string;
  benchmarks: readonly ReviewBenchmark[];
  priorities: readonly Priority[];
}

// Each measure's target against its actual for one school year, the result in words.
export function BenchmarkSnapshot({ schoolYear, benchmarks, priorities }: BenchmarkSnapshotProps) {
  const captionId = useId();
  if (benchmarks.length === 0) {
    return <p className="review-empty">No benchmark has been set for the plan yet, so there is nothing to compare.</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="review-table review-stacked">
        <caption id={captionId}>Benchmarks, {schoolYearLabel(schoolYear)} school year: target and actual</caption>
        <thead>
          <tr>
            <th scope="col">Benchmark</th>
            <th scope="col">Priority</th>
            <th scope="col">Better when</th>
            <th scope="col" className="review-number">
              Target
            </th>
            <th scope="col" className="review-number">
              Actual
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {benchmarks.map((b) => {
            const priority = priorities.find((p) => p.id === b.priorityId);
            return (
              <tr key={b.benchmarkId}>
                <th scope="row">{b.name}</th>
                <td className="review-priority" data-label="Priority">{priority === undefined ? b.priorityId : `${priority.number}. ${priority.title}`}</td>
                <td data-label="Better when">{b.direction === 'higher' ? 'Higher' : 'Lower'}</td>
                <td className="review-number" data-label="Target">{b.target === null ? <span className="review-muted">No target</span> : formatValue(b.target, b.unit)}</td>
                <td className="review-number" data-label="Actual">{b.actual === null ? <span className="review-muted">Not reported</span> : formatValue(b.actual, b.unit)}</td>
                <td data-label="Result">
                  <Result met={b.met} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
