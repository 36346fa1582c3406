import { formatCount } from '../../../domain/format-count';
import { quarterLabel } from '../../../domain/quarters';

// "+2", "−1,300" (a true minus sign, as in print), "0".
export function formatChange(change: number): string {
  if (change > 0) return `+${formatCount(change)}`;
  if (change < 0) return `−${formatCount(Math.abs(change))}`;
  return '0';
}

// The quarter a review compares with; the plan's first quarter compares with
// the time before the plan, when nothing had started.
export function previousLabel(previousQuarter: string, previousBeforePlan: boolean): string {
  return previousBeforePlan ? `before the plan (${quarterLabel(previousQuarter)})` : quarterLabel(previousQuarter);
}
