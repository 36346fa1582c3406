import { statusIds } from '../../../contract/ids';
import type { StatusCounts } from '../../../contract/status-history';
import { formatCount } from '../../../domain/format-count';
import { quarterLabel } from '../../../domain/quarters';
import { totalOf } from '../../../domain/status-counts';
import { formatChange } from './review-format';
import { StatusHeaders } from './status-headers';

interface PacketFiguresProps {
  quarter: string;
  previousQuarter: string;
  total: StatusCounts;
  previousTotal: StatusCounts;
}

// The headline figures in one short table, statuses across, so they fit the
// packet's first page beside the matrix.
export function PacketFigures({ quarter, previousQuarter, total, previousTotal }: PacketFiguresProps) {
  return (
    <table className="packet-figures">
      <caption>
        Actions by status at the end of {quarterLabel(quarter)}, and the change since {quarterLabel(previousQuarter)}
      </caption>
      <thead>
        <tr>
          <td />
          <th scope="col">All actions</th>
          <StatusHeaders />
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{quarterLabel(quarter)}</th>
          <td>{formatCount(totalOf(total))}</td>
          {statusIds.map((status) => (
            <td key={status}>{formatCount(total[status])}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">Change</th>
          <td>{formatChange(totalOf(total) - totalOf(previousTotal))}</td>
          {statusIds.map((status) => (
            <td key={status}>{formatChange(total[status] - previousTotal[status])}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
