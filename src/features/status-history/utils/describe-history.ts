import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { quarterLabel } from '../../../domain/quarters';
import { totalOf } from '../../../domain/status-counts';
import { formatCount } from '../../../domain/format-count';

export function latestReportedEntry(quarters: readonly StatusHistoryQuarter[]): StatusHistoryQuarter | undefined {
  return quarters.filter((entry) => entry.reported).at(-1);
}

const were = (count: number) => (count === 1 ? 'was' : 'were');

// The one line under the chart's title: where the latest reported quarter
// stands, in words, for everyone (and as the chart's accessible name).
export function summarizeHistory(quarters: readonly StatusHistoryQuarter[]): string {
  const latest = latestReportedEntry(quarters);
  if (latest === undefined) return 'No quarter has been reported yet.';
  const { counts } = latest;
  const total = totalOf(counts);
  const when = quarterLabel(latest.quarter);
  if (total === 0) return `In ${when}, there were no actions here.`;
  const flagged = counts['at-risk'] + counts['off-track'];
  return (
    `In ${when}, ${formatCount(counts['on-track'])} of ${formatCount(total)} ${total === 1 ? 'action' : 'actions'} ${were(counts['on-track'])} on track ` +
    `and ${formatCount(counts.completed)} completed; ${formatCount(flagged)} ${were(flagged)} at risk or off track.`
  );
}

// Why there is nothing to draw, or undefined when there is.
export function emptyHistoryReason(quarters: readonly StatusHistoryQuarter[]): string | undefined {
  const latest = latestReportedEntry(quarters);
  if (latest === undefined) return 'No quarter has been reported yet, so there is nothing to draw.';
  if (totalOf(latest.counts) === 0) return 'There are no actions here yet, so there is nothing to draw.';
  return undefined;
}
