import { statusIds } from '../../../contract/ids';
import type { StatusHistory } from '../../../contract/status-history';
import { ChartFrame } from '../../../components/chart-frame';
import { emptyHistoryReason, summarizeHistory } from '../utils/describe-history';
import { StatusHistoryChart } from './status-history-chart';
import { StatusHistoryTable } from './status-history-table';
import { StatusSwatch } from './status-patterns';
import './status-history.css';

interface StatusHistoryFigureProps {
  history: StatusHistory;
  title: string;
  headingLevel?: 2 | 3;
  // Names the table (and its scroll region): what the numbers count.
  caption: string;
}

function HistoryLegend({ unreported }: { unreported: boolean }) {
  return (
    <ul className="history-legend" aria-label="Legend">
      {statusIds.map((status) => (
        <li key={status}>
          <StatusSwatch status={status} />
        </li>
      ))}
      {unreported && (
        <li>
          <span className="history-swatch">
            <span className="history-swatch-unreported" aria-hidden="true" />
            Not yet reported
          </span>
        </li>
      )}
    </ul>
  );
}

// How many actions stood in each status in every quarter of the plan: a
// stacked bar per quarter, with its summary, legend and table.
export function StatusHistoryFigure({ history, title, headingLevel, caption }: StatusHistoryFigureProps) {
  const { quarters } = history;
  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      summary={summarizeHistory(quarters)}
      legend={<HistoryLegend unreported={quarters.some((entry) => !entry.reported)} />}
      table={<StatusHistoryTable quarters={quarters} caption={caption} />}
      empty={emptyHistoryReason(quarters)}
    >
      <StatusHistoryChart quarters={quarters} />
    </ChartFrame>
  );
}
