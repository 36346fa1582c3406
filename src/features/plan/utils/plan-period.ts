import type { PlanPeriod } from '../../../contract/plan';
import { parseQuarter, quarterEndDate, schoolYearLabel, schoolYearsOfPeriod } from '../../../domain/quarters';

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function quarterStartDate(key: string): Date {
  const { year, q } = parseQuarter(key);
  return new Date(Date.UTC(year, (q - 1) * 3, 1));
}

// "July 2023 – June 2027 (school years 2023–24 to 2026–27)"
export function describePlanPeriod(period: PlanPeriod): string {
  const months = `${monthYear.format(quarterStartDate(period.startQuarter))} – ${monthYear.format(quarterEndDate(period.endQuarter))}`;
  const years = schoolYearsOfPeriod(period).map(schoolYearLabel);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return months;
  return first === last ? `${months} (school year ${first})` : `${months} (school years ${first} to ${last})`;
}

// The plan's web text writes year ranges with a hyphen; print uses an en dash.
export function withRangeDashes(text: string): string {
  return text.replace(/(\d)-(\d)/g, '$1–$2');
}
