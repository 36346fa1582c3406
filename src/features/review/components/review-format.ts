import { quarterLabel } from '../../../domain/quarters';

// "+2", "−3" (a true minus sign, as in print), "0".
export function formatChange(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return '0';
}

// The quarter a review compares with; the plan's first quarter compares with
// the time before the plan, when nothing had started.
export function previousLabel(previousQuarter: string, previousBeforePlan: boolean): string {
  return previousBeforePlan ? `before the plan (${quarterLabel(previousQuarter)})` : quarterLabel(previousQuarter);
}
