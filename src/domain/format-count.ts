// A count of actions as people write it: 10,000, not 10000. Grouped here
// rather than by Intl.NumberFormat: a browser's first number format loads its
// locale data, which took about 50 ms (200 under Lighthouse's slowed CPU) in
// the middle of the overview's start, all for the commas.
export function formatCount(count: number): string {
  const digits = String(Math.round(Math.abs(count)));
  const sign = count < 0 && digits !== '0' ? '-' : '';
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
