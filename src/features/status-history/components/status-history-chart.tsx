import { Fragment, useId } from 'react';
import type { StatusId } from '../../../contract/ids';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { quarterMonthSpan, schoolYearLabel } from '../../../domain/quarters';
import { formatCount } from '../../../domain/format-count';
import { schoolYearGroups } from './school-year-groups';
import { patternId, StatusPatterns } from './status-patterns';

// Bottom to top: what is done, what moves, what needs attention, what waits.
const stackOrder: readonly StatusId[] = ['completed', 'on-track', 'at-risk', 'off-track', 'deferred', 'not-started'];

// Heights in pixels; across, every position is a share of the width, so the
// chart is drawn the same on the server and in any browser, at any width,
// without measuring its box.
const top = 8;
const plotHeight = 264;
const axisHeight = 48;
const barShare = 0.82;
// The axis labels' 12 px digits are about 7.5 px wide; "10,000" needs 51 px.
const axisLabelCharWidth = 7.5;
const axisGap = 6;

// The axis is as wide as its longest label, so a count in the thousands is never cut.
export function axisWidth(labels: readonly string[]): number {
  return Math.max(36, Math.ceil(axisGap * 2 + Math.max(0, ...labels.map((label) => label.length)) * axisLabelCharWidth));
}

// A count inside its bar, classed by how wide it is, so the stylesheet hides
// those wider than the bar where the chart is narrow (its table has them all).
export function segmentLabelClass(label: string): string {
  if (label.length >= 4) return 'history-segment-label history-segment-label-long';
  return label.length === 3 ? 'history-segment-label history-segment-label-medium' : 'history-segment-label';
}

// A round step that gives the axis at most five intervals.
function axisTicks(max: number): number[] {
  const rough = Math.max(max, 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

const percent = (share: number) => `${Number((share * 100).toFixed(2))}%`;

export function StatusHistoryChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  const prefix = useId().replace(/[^\w-]/g, '');
  const ticks = axisTicks(Math.max(...quarters.map((entry) => (entry.reported ? stackOrder.reduce((sum, s) => sum + entry.counts[s], 0) : 0))));
  const ceiling = ticks.at(-1) ?? 1;
  const y = (value: number) => top + plotHeight - (value / ceiling) * plotHeight;
  const band = 1 / Math.max(quarters.length, 1);
  const unreported = quarters.flatMap((entry, i) => (entry.reported ? [] : [i]));
  const groups = schoolYearGroups(quarters.map((entry) => entry.quarter));
  const baseline = top + plotHeight;
  const tickLabels = ticks.map((tick) => formatCount(tick));
  const axis = axisWidth(tickLabels);
  return (
    <div className="history-chart">
      <svg className="history-axis" width={axis} height={baseline + axisHeight} aria-hidden="true" focusable="false">
        {ticks.map((tick, i) => (
          <text key={tick} x={axis - axisGap} y={y(tick)} dy="0.35em" textAnchor="end" className="history-axis-label">
            {tickLabels[i]}
          </text>
        ))}
      </svg>
      <svg className="history-plot" width="100%" height={baseline + axisHeight} aria-hidden="true" focusable="false">
        <defs>
          <StatusPatterns prefix={prefix} statuses={stackOrder} />
          <pattern id={`${prefix}-unreported`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fff" />
            <path d="M0 0v8" stroke="#b8c0ca" strokeWidth="2" />
          </pattern>
        </defs>
        {groups
          .filter((_, i) => i % 2 === 1)
          .map((group) => (
            <rect key={group.schoolYear} x={percent(group.start * band)} width={percent(group.size * band)} y={top} height={plotHeight} fill="#eef1f5" />
          ))}
        {ticks.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={y(tick)} y2={y(tick)} stroke="#dfe3e8" />
        ))}
        {unreported.length > 0 && (
          <g className="history-unreported">
            <rect
              x={percent((unreported[0] ?? 0) * band)}
              width={percent(unreported.length * band)}
              y={top}
              height={plotHeight}
              fill={`url(#${prefix}-unreported)`}
              stroke="#8893a0"
              strokeDasharray="4 3"
            />
            <text x={percent(((unreported[0] ?? 0) + unreported.length / 2) * band)} y={top + plotHeight / 2} dy="0.35em" textAnchor="middle" className="history-unreported-label">
              Not yet reported
            </text>
          </g>
        )}
        {quarters.map((entry, i) => {
          if (!entry.reported) return null;
          let below = 0;
          return (
            <g key={entry.quarter}>
              {stackOrder.map((status) => {
                const count = entry.counts[status];
                if (count === 0) return null;
                const from = below;
                below += count;
                const height = y(from) - y(below);
                const label = formatCount(count);
                return (
                  <Fragment key={status}>
                    <rect
                      x={percent((i + (1 - barShare) / 2) * band)}
                      width={percent(barShare * band)}
                      y={y(below)}
                      height={height}
                      fill={`url(#${patternId(prefix, status)})`}
                      stroke="#fff"
                      strokeWidth="0.75"
                    />
                    {height >= 13 && (
                      <text
                        x={percent((i + 0.5) * band)}
                        y={y(below) + height / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        className={segmentLabelClass(label)}
                      >
                        {label}
                      </text>
                    )}
                  </Fragment>
                );
              })}
            </g>
          );
        })}
        <line x1="0" x2="100%" y1={baseline} y2={baseline} stroke="#4f5b69" />
        {quarters.map((entry, i) => (
          <text key={entry.quarter} x={percent((i + 0.5) * band)} y={baseline} dy="1.4em" textAnchor="middle" className="history-tick-quarter">
            <tspan className="history-tick-long">{quarterMonthSpan(entry.quarter)}</tspan>
            <tspan className="history-tick-short">{quarterMonthSpan(entry.quarter).slice(0, 3)}</tspan>
          </text>
        ))}
        {groups.map((group) => (
          <g key={group.schoolYear}>
            <line x1={percent(group.start * band)} x2={percent(group.start * band)} y1={baseline - 6} y2={baseline + 40} className="history-tick-rule" />
            <text x={percent((group.start + group.size / 2) * band)} y={baseline + 34} textAnchor="middle" className="history-tick-year">
              {schoolYearLabel(group.schoolYear)}
            </text>
          </g>
        ))}
        <line x1="100%" x2="100%" y1={baseline - 6} y2={baseline + 40} className="history-tick-rule" />
      </svg>
    </div>
  );
}
