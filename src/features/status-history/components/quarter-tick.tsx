import type { XAxisTickContentProps } from 'recharts';
import { quarterMonthSpan, schoolYearLabel, schoolYearOfQuarter } from '../../../domain/quarters';

export interface SchoolYearGroup {
  schoolYear: string;
  first: string;
  last: string;
  size: number;
}

// Consecutive quarters of the same school year (July to June), in order.
export function schoolYearGroups(quarters: readonly string[]): SchoolYearGroup[] {
  const groups: SchoolYearGroup[] = [];
  for (const quarter of quarters) {
    const schoolYear = schoolYearOfQuarter(quarter);
    const current = groups.at(-1);
    if (current?.schoolYear === schoolYear) {
      current.last = quarter;
      current.size += 1;
    } else groups.push({ schoolYear, first: quarter, last: quarter, size: 1 });
  }
  return groups;
}

// The axis reads the school year's months under each bar ("Jul–Sep", or just
// "Jul" where the bars are narrow) and groups them under their school year
// ("2023–24"), with a rule where one school year ends.
export function QuarterTick(props: XAxisTickContentProps & { groups: readonly SchoolYearGroup[] }) {
  const { payload, groups, visibleTicksCount } = props;
  const x = Number(props.x);
  const y = Number(props.y);
  const band = Number(props.width) / Math.max(visibleTicksCount, 1);
  const quarter = String(payload.value);
  const group = groups.find((g) => g.first === quarter);
  const isLast = groups.at(-1)?.last === quarter;
  return (
    <g className="history-tick">
      <text x={x} y={y} dy="0.9em" textAnchor="middle" className={band >= 24 ? 'history-tick-quarter' : 'history-tick-quarter history-tick-narrow'}>
        {band >= 48 ? quarterMonthSpan(quarter) : quarterMonthSpan(quarter).slice(0, 3)}
      </text>
      {group !== undefined && (
        <>
          <line x1={x - band / 2} x2={x - band / 2} y1={y - 6} y2={y + 40} className="history-tick-rule" />
          <text x={x - band / 2 + (group.size * band) / 2} y={y + 34} textAnchor="middle" className="history-tick-year">
            {schoolYearLabel(group.schoolYear)}
          </text>
        </>
      )}
      {isLast && <line x1={x + band / 2} x2={x + band / 2} y1={y - 6} y2={y + 40} className="history-tick-rule" />}
    </g>
  );
}
