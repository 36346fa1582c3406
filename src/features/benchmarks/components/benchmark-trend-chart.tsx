import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BenchmarkUnit, Direction } from '../../../contract/benchmarks';
import type { BenchmarkTrend } from '../../../domain/benchmark-series';
import { directionLabels, formatValue } from '../../../domain/format-measure';
import { actualStyle, ActualMarker, axisText, baselineStyle, labelText, targetStyle, TargetMarker } from './chart-styles';

interface BenchmarkTrendChartProps {
  trend: BenchmarkTrend;
  unit: BenchmarkUnit;
  direction: Direction;
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
  index?: number;
}

// The baseline's label goes at the right end of its line, on the side where
// the last school years' points are not: below it when they lie above.
function baselineLabelSide({ points, baseline }: BenchmarkTrend): 'insideTopRight' | 'insideBottomRight' {
  const values = points.slice(-2).flatMap((point) => [point.target, point.actual]);
  const above = values.filter((value) => value !== null && value > baseline.value).length;
  const below = values.filter((value) => value !== null && value < baseline.value).length;
  // Recharts' "insideTop" of a horizontal line is just under it.
  return above > below ? 'insideTopRight' : 'insideBottomRight';
}

// Loaded on demand (it brings recharts). Target against actual by school year,
// with the baseline across; a year without an actual leaves a gap, not a zero.
export function BenchmarkTrendChart({ trend, unit, direction }: BenchmarkTrendChartProps) {
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value, unit) : '');

  // Each actual's value, on the side of its point away from the target line.
  const valueLabel = ({ x, y, value, index }: ValueLabelProps) => {
    const point = index === undefined ? undefined : trend.points[index];
    if (typeof x !== 'number' || typeof y !== 'number' || typeof value !== 'number' || point === undefined) return null;
    const below = point.target !== null && value < point.target;
    return (
      <text
        x={x}
        y={below ? y + 20 : y - 11}
        textAnchor="middle"
        {...labelText}
        stroke="var(--surface)"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {format(value)}
      </text>
    );
  };

  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={trend.points} margin={{ top: 28, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" interval={0} tickLine={false} tick={axisText} padding={{ left: 28, right: 28 }} />
        <YAxis
          width="auto"
          domain={[trend.ticks[0] ?? 'auto', trend.ticks.at(-1) ?? 'auto']}
          ticks={trend.ticks}
          interval={0}
          padding={{ top: 20, bottom: 20 }}
          tickFormatter={format}
          tick={axisText}
        />
        <text x={4} y={14} {...axisText}>
          {`${direction === 'higher' ? '↑' : '↓'} ${directionLabels[direction]}`}
        </text>
        <ReferenceLine
          y={trend.baseline.value}
          ifOverflow="extendDomain"
          {...baselineStyle}
          label={{ value: trend.baseline.label, position: baselineLabelSide(trend), ...axisText }}
        />
        <Line dataKey="target" name="Target" {...targetStyle} dot={TargetMarker} activeDot={false} isAnimationActive={false} />
        <Line dataKey="actual" name="Actual" {...actualStyle} dot={ActualMarker} activeDot={false} isAnimationActive={false}>
          <LabelList dataKey="actual" content={valueLabel} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
