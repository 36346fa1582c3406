import { useId } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { studentGroupLabels } from '../../../contract/ids';
import { formatValue } from '../../../domain/format-measure';
import { schoolYearLabel } from '../../../domain/quarters';
import { NotReported } from './missing-value';
import './benchmark-table.css';

// The measure's actuals for each student group it is tracked for, by school year.
export function GroupValuesTable({ benchmark }: { benchmark: Benchmark }) {
  const captionId = useId();
  const schoolYears = benchmark.years.map((year) => year.schoolYear);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="benchmark-table group-values-table">
        <caption id={captionId}>
          <span className="visually-hidden">{benchmark.name}:</span> Actual by student group
        </caption>
        <thead>
          <tr>
            <th scope="col">Student group</th>
            {schoolYears.map((schoolYear) => (
              <th scope="col" key={schoolYear}>
                {schoolYearLabel(schoolYear)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {benchmark.groups.map((group) => (
            <tr key={group.studentGroupId}>
              <th scope="row">{studentGroupLabels[group.studentGroupId]}</th>
              {schoolYears.map((schoolYear) => {
                const actual = group.values.find((value) => value.schoolYear === schoolYear)?.actual ?? null;
                return (
                  <td key={schoolYear}>
                    {actual === null ? <NotReported /> : formatValue(actual, benchmark.unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
