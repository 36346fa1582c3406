import { useId } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { benchmarkMet } from '../../../domain/benchmark-met';
import { formatValue, metLabel } from '../../../domain/format-measure';
import { schoolYearLabel } from '../../../domain/quarters';
import { MetIcon } from './benchmark-icons';
import { Dash, NotReported } from './missing-value';
import './benchmark-table.css';

function MetCell({ met }: { met: boolean | null }) {
  return (
    <td className="benchmark-met">
      <span className="met-mark">
        <MetIcon met={met} />
        {met === null ? <Dash reason={metLabel(met)} /> : metLabel(met)}
      </span>
    </td>
  );
}

// Target against actual for each school year, after the baseline year.
export function BenchmarkTable({ benchmark }: { benchmark: Benchmark }) {
  const captionId = useId();
  const { unit, direction, baseline, years } = benchmark;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="benchmark-table">
        <caption id={captionId}>
          <span className="visually-hidden">{benchmark.name}:</span> Target and actual by school year
        </caption>
        <thead>
          <tr>
            <th scope="col">School year</th>
            <th scope="col">Target</th>
            <th scope="col">Actual</th>
            <th scope="col" className="benchmark-met">
              Met
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="benchmark-baseline">
            <th scope="row">
              {schoolYearLabel(baseline.schoolYear)} <span className="benchmark-row-note">(baseline)</span>
            </th>
            <td>
              <Dash reason="No target for the baseline year" />
            </td>
            <td>{formatValue(baseline.value, unit)}</td>
            <td className="benchmark-met">
              <Dash reason="Not applicable to the baseline year" />
            </td>
          </tr>
          {years.map((year) => (
            <tr key={year.schoolYear}>
              <th scope="row">{schoolYearLabel(year.schoolYear)}</th>
              <td>{year.target === null ? <NotReported text="No target set" /> : formatValue(year.target, unit)}</td>
              <td>{year.actual === null ? <NotReported /> : formatValue(year.actual, unit)}</td>
              <MetCell met={benchmarkMet(direction, year.target, year.actual)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
