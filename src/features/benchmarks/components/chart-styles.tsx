// One look per series, shared by the charts and their keys. Series differ by
// line style, fill and marker shape as well as colour, so they still read
// printed in black and white.

export const actualStyle = { stroke: 'var(--brand)', strokeWidth: 3 } as const;
export const targetStyle = { stroke: 'var(--muted)', strokeWidth: 2, strokeDasharray: '7 4' } as const;
export const baselineStyle = { stroke: 'var(--muted)', strokeWidth: 1.5, strokeDasharray: '2 3' } as const;

export const allStudentsBar = { fill: 'var(--brand)', stroke: 'var(--brand)', strokeWidth: 1 } as const;
export const groupBar = { fill: '#dfe6ee', stroke: 'var(--brand)', strokeWidth: 1 } as const;
export const allStudentsLine = { stroke: 'var(--ink)', strokeWidth: 1.5, strokeDasharray: '4 3' } as const;

export const labelText = { fill: 'var(--ink)', fontSize: 12, fontWeight: 600 } as const;
export const axisText = { fill: 'var(--muted)', fontSize: 12 } as const;

// Markers: a filled circle for an actual, a hollow square for a target.
export function ActualMarker({ cx, cy }: { cx?: number | null; cy?: number | null }) {
  if (cx == null || cy == null) return null;
  return <circle cx={cx} cy={cy} r={4.5} fill="var(--brand)" stroke="var(--surface)" strokeWidth={1.5} />;
}

export function TargetMarker({ cx, cy }: { cx?: number | null; cy?: number | null }) {
  if (cx == null || cy == null) return null;
  return <rect x={cx - 4.5} y={cy - 4.5} width={9} height={9} fill="var(--surface)" stroke="var(--muted)" strokeWidth={2} />;
}
