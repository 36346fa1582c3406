import type { ReactNode } from 'react';
import type { StatusId } from '../../../contract/ids';
import type { StatusCounts } from '../../../contract/status-history';
import { StatusBadge } from '../../../components/status-badge';
import { formatCount } from '../../../domain/format-count';
import { quarterLabel } from '../../../domain/quarters';
import { totalOf } from '../../../domain/status-counts';
import { formatChange, previousLabel } from './review-format';
import './review-tables.css';

const shown: readonly StatusId[] = ['on-track', 'at-risk', 'off-track', 'completed', 'not-started', 'deferred'];

interface ReviewSummaryProps {
  quarter: string;
  previousQuarter: string;
  previousBeforePlan: boolean;
  counts: StatusCounts;
  previousCounts: StatusCounts;
}

// Status counts at the end of the quarter beside those of the quarter before.
export function ReviewSummary({ quarter, previousQuarter, previousBeforePlan, counts, previousCounts }: ReviewSummaryProps) {
  const before = previousLabel(previousQuarter, previousBeforePlan);
  const now = quarterLabel(quarter);
  const captionId = `review-summary-${quarter}`;
  const row = (label: ReactNode, was: number, is: number) => (
    <>
      <th scope="row">{label}</th>
      <td className="review-number">{formatCount(was)}</td>
      <td className="review-number">{formatCount(is)}</td>
      <td className="review-number">{formatChange(is - was)}</td>
    </>
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="review-table review-summary">
        <caption id={captionId}>
          Actions by status in {now}, compared with {before}
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col" className="review-number">
              {before.charAt(0).toUpperCase() + before.slice(1)}
            </th>
            <th scope="col" className="review-number">
              {now}
            </th>
            <th scope="col" className="review-number">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((status) => (
            <tr key={status}>
              {row(<StatusBadge status={status} />, previousCounts[status], counts[status])}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>{row('All actions', totalOf(previousCounts), totalOf(counts))}</tr>
        </tfoot>
      </table>
    </div>
  );
}
