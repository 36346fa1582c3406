// A count of actions as people write it: 10,000, not 10000.
const wholeCount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(count: number): string {
  return wholeCount.format(count);
}
