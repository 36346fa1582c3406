import { quarterKeyPattern, schoolYearPattern } from '../contract/quarter-key';
import type { PlanPeriod } from '../contract/plan';

// Calendar quarters (`2025-Q3` = July–September 2025). PUSD's school year runs
// July to June, so Q3 and Q4 open a school year and Q1 and Q2 close it.

export type QuarterNumber = 1 | 2 | 3 | 4;
export interface Quarter {
  readonly year: number;
  readonly q: QuarterNumber;
}

export function isQuarterKey(value: string): boolean {
  return quarterKeyPattern.test(value);
}

export function parseQuarter(key: string): Quarter {
  const match = quarterKeyPattern.exec(key);
  if (match === null) throw new RangeError(`Not a quarter key: "${key}" (expected e.g. 2025-Q3)`);
  return { year: Number(match[1]), q: Number(match[2]) as QuarterNumber };
}

export function formatQuarter({ year, q }: Quarter): string {
  return `${String(year).padStart(4, '0')}-Q${q}`;
}

// Lists of thousands of actions compare the same few quarter keys again and
// again; parsing each once keeps that cheap. Bounded, so odd input cannot grow it.
const indexOfKey = new Map<string, number>();

function toIndex(key: string): number {
  const known = indexOfKey.get(key);
  if (known !== undefined) return known;
  const { year, q } = parseQuarter(key);
  const index = year * 4 + (q - 1);
  if (indexOfKey.size >= 4096) indexOfKey.clear();
  indexOfKey.set(key, index);
  return index;
}

function fromIndex(index: number): string {
  return formatQuarter({ year: Math.floor(index / 4), q: ((index % 4) + 1) as QuarterNumber });
}

export function compareQuarters(a: string, b: string): number {
  return toIndex(a) - toIndex(b);
}

export function addQuarters(key: string, count: number): string {
  return fromIndex(toIndex(key) + count);
}

export function nextQuarter(key: string): string {
  return addQuarters(key, 1);
}

export function previousQuarter(key: string): string {
  return addQuarters(key, -1);
}

// Inclusive; empty when `last` comes before `first`.
export function quarterRange(first: string, last: string): string[] {
  const keys: string[] = [];
  for (let i = toIndex(first); i <= toIndex(last); i += 1) keys.push(fromIndex(i));
  return keys;
}

// UTC, so a server and a browser in different time zones agree on the quarter.
export function quarterOfDate(date: Date): string {
  return formatQuarter({ year: date.getUTCFullYear(), q: (Math.floor(date.getUTCMonth() / 3) + 1) as QuarterNumber });
}

export function lastCompleteQuarter(date: Date): string {
  return previousQuarter(quarterOfDate(date));
}

export function schoolYearOfQuarter(key: string): string {
  const { year, q } = parseQuarter(key);
  const startYear = q >= 3 ? year : year - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function schoolYearStart(schoolYear: string): number {
  const match = schoolYearPattern.exec(schoolYear);
  if (match === null) throw new RangeError(`Not a school year: "${schoolYear}" (expected e.g. 2025-26)`);
  return Number(match[1]);
}

export function schoolYearsOfPeriod(period: PlanPeriod): string[] {
  const years = quarterRange(period.startQuarter, period.endQuarter).map(schoolYearOfQuarter);
  return [...new Set(years)];
}

export function isInPeriod(key: string, period: PlanPeriod): boolean {
  return compareQuarters(key, period.startQuarter) >= 0 && compareQuarters(key, period.endQuarter) <= 0;
}

export function clampQuarter(key: string, period: PlanPeriod): string {
  if (compareQuarters(key, period.startQuarter) < 0) return period.startQuarter;
  if (compareQuarters(key, period.endQuarter) > 0) return period.endQuarter;
  return key;
}

const monthSpans: Record<QuarterNumber, string> = { 1: 'Jan–Mar', 2: 'Apr–Jun', 3: 'Jul–Sep', 4: 'Oct–Dec' };

// "Q3 2025"
export function quarterLabel(key: string): string {
  const { year, q } = parseQuarter(key);
  return `Q${q} ${year}`;
}

// "Jul–Sep 2025"
export function quarterMonths(key: string): string {
  const { year, q } = parseQuarter(key);
  return `${monthSpans[q]} ${year}`;
}

// "Jul–Sep": how a quarter reads where its school year frames it.
export function quarterMonthSpan(key: string): string {
  return monthSpans[parseQuarter(key).q];
}

// "2025–26", with the en dash of print.
export function schoolYearLabel(schoolYear: string): string {
  return schoolYear.replace('-', '–');
}

// The last day of the quarter, as a UTC date.
export function quarterEndDate(key: string): Date {
  const { year, q } = parseQuarter(key);
  return new Date(Date.UTC(year, q * 3, 0));
}
