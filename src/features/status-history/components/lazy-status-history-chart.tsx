import { lazy } from 'react';
import type { StatusHistoryQuarter } from '../../../contract/status-history';

// recharts loads on demand, after the screen's own content, so it never delays it.
const StatusHistoryChart = lazy(() =>
  import('./status-history-chart').then((module) => ({ default: module.StatusHistoryChart })),
);

// The chart sizes itself to its box with a ResizeObserver; where there is
// none (jsdom, very old browsers) recharts is not even loaded: the table
// behind the frame's toggle carries the same numbers.
export function LazyStatusHistoryChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  if (typeof ResizeObserver === 'undefined') return null;
  return <StatusHistoryChart quarters={quarters} />;
}
