import {
  actualStyle,
  ActualMarker,
  allStudentsBar,
  allStudentsLine,
  baselineStyle,
  groupBar,
  targetStyle,
  TargetMarker,
} from './chart-styles';
import './benchmark-charts.css';

// The keys of the benchmark charts, in HTML beside the chart, so they show
// before the chart library loads and whether or not there is anything to draw.

export type LegendSwatch = 'actual' | 'target' | 'baseline' | 'all-students' | 'group' | 'all-students-line';

function Swatch({ kind }: { kind: LegendSwatch }) {
  return (
    <svg className="legend-swatch" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      {kind === 'actual' && (
        <>
          <line x1="1" y1="7" x2="33" y2="7" {...actualStyle} />
          <ActualMarker cx={17} cy={7} />
        </>
      )}
      {kind === 'target' && (
        <>
          <line x1="1" y1="7" x2="33" y2="7" {...targetStyle} />
          <TargetMarker cx={17} cy={7} />
        </>
      )}
      {kind === 'baseline' && <line x1="1" y1="7" x2="33" y2="7" {...baselineStyle} />}
      {kind === 'all-students' && <rect x="1.5" y="2.5" width="31" height="9" {...allStudentsBar} />}
      {kind === 'group' && <rect x="1.5" y="2.5" width="31" height="9" {...groupBar} />}
      {kind === 'all-students-line' && <line x1="17" y1="0" x2="17" y2="14" {...allStudentsLine} />}
    </svg>
  );
}

export function ChartLegend({ items }: { items: readonly { kind: LegendSwatch; label: string }[] }) {
  return (
    <ul className="benchmark-legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.kind}>
          <Swatch kind={item.kind} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
