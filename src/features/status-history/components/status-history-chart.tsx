import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceArea, XAxis, YAxis } from 'recharts';
import type { LabelProps } from 'recharts';
import { statusLabels, type StatusId } from '../../../contract/ids';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { QuarterTick, schoolYearGroups } from './quarter-tick';
import { patternId, StatusPatterns } from './status-patterns';

// Bottom to top: what is done, what moves, what needs attention, what waits.
const stackOrder: readonly StatusId[] = ['completed', 'on-track', 'at-risk', 'off-track', 'deferred', 'not-started'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// The chart draws at its box's measured width (and redraws when it changes),
// so the bars, the labels that fit and the axis follow the screen; nothing is
// drawn until the box has a width.
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

// Numbers written on the segments that have room, so the chart reads without colour.
function SegmentLabel({ viewBox, value }: LabelProps) {
  const { x, y, width, height } = (viewBox ?? {}) as Partial<Box>;
  if (x === undefined || y === undefined || width === undefined || height === undefined) return null;
  if (typeof value !== 'number' || value === 0 || height < 13 || width < 16) return null;
  return (
    <text x={x + width / 2} y={y + height / 2} dy="0.35em" textAnchor="middle" className="history-segment-label">
      {value}
    </text>
  );
}

// Says what the empty quarters are; upright where the band is too narrow to read across.
function UnreportedLabel({ viewBox }: LabelProps) {
  const { x, y, width, height } = (viewBox ?? {}) as Partial<Box>;
  if (x === undefined || y === undefined || width === undefined || height === undefined) return null;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const upright = width < 120;
  return (
    <text
      x={cx}
      y={cy}
      dy="0.35em"
      textAnchor="middle"
      transform={upright ? `rotate(-90 ${cx} ${cy})` : undefined}
      className="history-unreported-label"
    >
      Not yet reported
    </text>
  );
}

export function StatusHistoryChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  const [ref, width] = useWidth();
  const prefix = useId().replace(/[^\w-]/g, '');
  const rows = quarters.map((entry) => ({ quarter: entry.quarter, ...(entry.reported ? entry.counts : {}) }));
  const unreported = quarters.filter((entry) => !entry.reported);
  const groups = schoolYearGroups(quarters.map((entry) => entry.quarter));
  const height = width < 600 ? 280 : 320;
  return (
    <div ref={ref} className="history-chart">
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={rows}
          margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
          barCategoryGap="18%"
          accessibilityLayer={false}
        >
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
              <ReferenceArea key={group.schoolYear} x1={group.first} x2={group.last} fill="#eef1f5" fillOpacity={1} ifOverflow="visible" />
            ))}
          <CartesianGrid vertical={false} stroke="#dfe3e8" />
          {unreported.length > 0 && (
            <ReferenceArea
              x1={unreported[0]?.quarter}
              x2={unreported.at(-1)?.quarter}
              fill={`url(#${prefix}-unreported)`}
              fillOpacity={1}
              stroke="#8893a0"
              strokeDasharray="4 3"
              label={UnreportedLabel}
            />
          )}
          <XAxis
            dataKey="quarter"
            interval={0}
            tickLine={false}
            height={48}
            stroke="#4f5b69"
            tick={(props) => <QuarterTick {...props} groups={groups} />}
          />
          <YAxis allowDecimals={false} width={36} tickLine={false} axisLine={false} stroke="#4f5b69" fontSize={12} />
          {stackOrder.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={statusLabels[status]}
              stackId="status"
              fill={`url(#${patternId(prefix, status)})`}
              stroke="#fff"
              strokeWidth={0.75}
              isAnimationActive={false}
            >
              <LabelList dataKey={status} content={SegmentLabel} />
            </Bar>
          ))}
        </BarChart>
      )}
    </div>
  );
}
