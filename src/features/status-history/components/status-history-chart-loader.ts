import { loadAfterPaint } from '../../../lib/load-after-paint';

// recharts, the bulk of the chart's code, never delays the screen around it.
export const loadStatusHistoryChart = loadAfterPaint(() => import('./status-history-chart'));

// Starts fetching the chart's code beside a section's own code rather than
// after it. Where there is no ResizeObserver (jsdom) the chart is never drawn.
export function preloadStatusHistoryChart(): void {
  if (typeof ResizeObserver === 'undefined') return;
  loadStatusHistoryChart().catch(() => undefined);
}
