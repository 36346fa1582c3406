import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { ChartLoading } from '../../../components/chart-frame';
import { useLoadedAfterPaint } from '../../../lib/load-after-paint';
import { loadStatusHistoryChart } from './status-history-chart-loader';

// The chart sizes itself to its box with a ResizeObserver; where there is
// none (jsdom, very old browsers) recharts is not even loaded: the table
// behind the frame's toggle carries the same numbers.
export function LazyStatusHistoryChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  if (typeof ResizeObserver === 'undefined') return null;
  return <LoadedChart quarters={quarters} />;
}

function LoadedChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  const { module, failed } = useLoadedAfterPaint(loadStatusHistoryChart);
  if (failed) return <p className="chart-loading">The chart could not be drawn; its numbers are in the table below.</p>;
  if (module === undefined) return <ChartLoading />;
  return <module.StatusHistoryChart quarters={quarters} />;
}
