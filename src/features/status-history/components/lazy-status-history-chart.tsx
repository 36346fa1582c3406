import { useEffect, useState } from 'react';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { ChartLoading } from '../../../components/chart-frame';
import { afterNextPaint } from '../../../lib/after-next-paint';
import type { StatusHistoryChart } from './status-history-chart';

interface ChartModule {
  StatusHistoryChart: typeof StatusHistoryChart;
}

// Shared by every chart on every screen: fetched and evaluated once.
let chartModule: Promise<ChartModule> | undefined;
const loadChart = () =>
  (chartModule ??= afterNextPaint()
    .then(() => import('./status-history-chart'))
    .catch((error: unknown) => {
      // The next chart shown tries again.
      chartModule = undefined;
      throw error;
    }));

// recharts (the bulk of the chart's code) is fetched only after the screen
// around the chart has been painted, so it never delays the matrix. It is
// loaded with state rather than React.lazy: a suspense fallback, once shown,
// holds the chart back for 300 ms after the code has arrived.
function useChartModule(): { chart: ChartModule | undefined; failed: boolean } {
  const [state, setState] = useState<{ chart: ChartModule | undefined; failed: boolean }>({ chart: undefined, failed: false });
  useEffect(() => {
    let current = true;
    const show = (next: { chart: ChartModule | undefined; failed: boolean }) => {
      if (current) setState(next);
    };
    loadChart().then(
      (chart) => show({ chart, failed: false }),
      () => show({ chart: undefined, failed: true }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

// The chart sizes itself to its box with a ResizeObserver; where there is
// none (jsdom, very old browsers) recharts is not even loaded: the table
// behind the frame's toggle carries the same numbers.
export function LazyStatusHistoryChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  if (typeof ResizeObserver === 'undefined') return null;
  return <LoadedChart quarters={quarters} />;
}

function LoadedChart({ quarters }: { quarters: readonly StatusHistoryQuarter[] }) {
  const { chart, failed } = useChartModule();
  if (failed) return <p className="chart-loading">The chart could not be drawn; its numbers are in the table below.</p>;
  if (chart === undefined) return <ChartLoading />;
  return <chart.StatusHistoryChart quarters={quarters} />;
}
