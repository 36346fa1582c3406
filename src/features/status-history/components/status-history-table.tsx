import { statusIds } from '../../../contract/ids';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { StatusBadge } from '../../../components/status-badge';
import { quarterLabel, schoolYearLabel, schoolYearOfQuarter } from '../../../domain/quarters';
import { totalOf } from '../../../domain/status-counts';
import { formatCount } from '../../../domain/format-count';

function bySchoolYear(quarters: readonly StatusHistoryQuarter[]): [string, StatusHistoryQuarter[]][] {
  const years = new Map<string, StatusHistoryQuarter[]>();
  for (const entry of quarters) {
    const year = schoolYearOfQuarter(entry.quarter);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years];
}

// The chart's numbers, quarter by quarter under their school year; a quarter
// nobody has reported yet says so instead of showing zeros.
export function StatusHistoryTable({ quarters, caption }: { quarters: readonly StatusHistoryQuarter[]; caption: string }) {
  // The caption is shown above the scrolling region, so a phone sees all of it.
  return (
    <>
      <p className="history-table-title" aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="history-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              {statusIds.map((status) => (
                <th scope="col" key={status}>
                  <StatusBadge status={status} />
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          {bySchoolYear(quarters).map(([year, entries]) => (
            <tbody key={year}>
              <tr>
                <th scope="rowgroup" colSpan={statusIds.length + 2} className="history-table-year">
                  School year {schoolYearLabel(year)}
                </th>
              </tr>
              {entries.map((entry) => (
                <tr key={entry.quarter} className={entry.reported ? undefined : 'history-table-unreported'}>
                  <th scope="row">{quarterLabel(entry.quarter)}</th>
                  {entry.reported ? (
                    <>
                      {statusIds.map((status) => (
                        <td key={status}>{formatCount(entry.counts[status])}</td>
                      ))}
                      <td className="history-table-total">{formatCount(totalOf(entry.counts))}</td>
                    </>
                  ) : (
                    <td colSpan={statusIds.length + 1}>Not yet reported</td>
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
