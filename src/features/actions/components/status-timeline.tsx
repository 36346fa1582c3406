import { statusLabels } from '../../../contract/ids';
import { StatusIcon } from '../../../components/status-icon';
import type { TimelineQuarter } from '../../../domain/action-timeline';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';
import './status-timeline.css';

function NotReportedIcon() {
  return (
    <svg className="status-icon timeline-unknown" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.5 2" />
    </svg>
  );
}

function Entry({ entry }: { entry: TimelineQuarter }) {
  switch (entry.kind) {
    case 'not-reported':
      return (
        <span className="timeline-status">
          <NotReportedIcon />
          Not yet reported
        </span>
      );
    case 'before-start':
      return (
        <>
          <span className="timeline-status">
            <StatusIcon status="not-started" />
            {statusLabels['not-started']}
          </span>
          <span className="timeline-detail">Before its start</span>
        </>
      );
    case 'status':
      return (
        <>
          <span className="timeline-status">
            <StatusIcon status={entry.status} />
            {statusLabels[entry.status]}
          </span>
          <span className="timeline-detail">
            {entry.percentComplete}% complete
            {!entry.updatedThisQuarter && entry.status !== 'completed' && entry.status !== 'not-started' && ', no new update'}
          </span>
        </>
      );
  }
}

// Every quarter of the plan period, in order, each with an icon and a word:
// one quarter a line on a phone, four to a row (a school year, July to June)
// on a tablet, eight on a desktop.
export function StatusTimeline({ timeline, labelledBy }: { timeline: readonly TimelineQuarter[]; labelledBy: string }) {
  return (
    <ol className="status-timeline" aria-labelledby={labelledBy}>
      {timeline.map((entry) => (
        <li key={entry.quarter} className={`timeline-entry-${entry.kind}`}>
          <span className="timeline-quarter" title={quarterMonths(entry.quarter)}>
            {quarterLabel(entry.quarter)}
          </span>
          <Entry entry={entry} />
        </li>
      ))}
    </ol>
  );
}
