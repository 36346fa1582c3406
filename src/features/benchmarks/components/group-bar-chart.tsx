import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Text, XAxis, YAxis } from 'recharts';
import type { BenchmarkUnit } from '../../../contract/benchmarks';
import type { GroupBar } from '../../../domain/benchmark-series';
import { formatValue } from '../../../domain/format-measure';
import { allStudentsBar, allStudentsLine, axisText, groupBar, labelText } from './chart-styles';

interface GroupBarChartProps {
  bars: GroupBar[];
  unit: BenchmarkUnit;
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

interface GroupTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

const rowHeight = 34;
const labelWidth = 128;

// Loaded on demand (it brings recharts). One school year's value for each
// student group, highest first; the all-students bar is solid and a dashed
// line carries its value across the others.
export function GroupBarChart({ bars, unit }: GroupBarChartProps) {
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value, unit) : '');
  const all = bars.find((bar) => bar.allStudents);

  // Long group names wrap onto a second line rather than squeezing the bars.
  const groupTick = ({ x, y, payload }: GroupTickProps) => {
    const label = typeof payload?.value === 'string' ? payload.value : '';
    return (
      <Text
        x={Number(x)}
        y={Number(y)}
        width={labelWidth - 8}
        textAnchor="end"
        verticalAnchor="middle"
        lineHeight="1.15em"
        {...axisText}
        fill="var(--ink)"
        fontWeight={label === all?.label ? 700 : 400}
      >
        {label}
      </Text>
    );
  };

  // Each value just past the end of its bar, on a halo so a line behind it cannot cross it out.
  const valueLabel = ({ x, y, width, height, value }: ValueLabelProps) => {
    if ([x, y, width, height].some((n) => typeof n !== 'number') || typeof value !== 'number') return null;
    return (
      <text
        x={Number(x) + Number(width) + 5}
        y={Number(y) + Number(height) / 2}
        dominantBaseline="central"
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
    <ResponsiveContainer width="100%" height={bars.length * rowHeight + 36}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 64, bottom: 0, left: 0 }}
        barCategoryGap={7}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" domain={[0, 'auto']} tickFormatter={format} tick={axisText} />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tickLine={false} tick={groupTick} />
        <Bar dataKey="actual" name="Actual" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.studentGroupId} {...(bar.allStudents ? allStudentsBar : groupBar)} />
          ))}
          <LabelList dataKey="actual" content={valueLabel} />
        </Bar>
        {all !== undefined && <ReferenceLine x={all.actual} {...allStudentsLine} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
