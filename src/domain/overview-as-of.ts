import type { Overview } from '../contract/overview';
import { actionAsOf, type ActionRecord } from './action-record';
import { matrixOfCells, overviewCells } from './overview';

// The overview of the given actions seen from one quarter: the executable
// specification of what any store answers for GET /api/overview.
export function overviewAsOf(records: readonly ActionRecord[], quarter: string, latestReported: string | null): Overview {
  const cells = overviewCells(records.map((record) => actionAsOf(record, quarter)));
  return {
    asOf: quarter,
    latestReported,
    total: matrixOfCells(cells).total,
    cells,
    sample: records.some((record) => record.sample),
  };
}
