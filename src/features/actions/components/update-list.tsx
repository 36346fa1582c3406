import type { Update } from '../../../contract/actions';
import { StatusBadge } from '../../../components/status-badge';
import { quarterLabel, quarterMonths } from '../../../domain/quarters';
import './update-list.css';

// Dates as the foundation in Pasadena reads them, the same on every machine.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/Los_Angeles' });

export function formatUpdateDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

// The updates in the order given (the API sends them newest first).
export function UpdateList({ updates, labelledBy }: { updates: readonly Update[]; labelledBy: string }) {
  return (
    <ol className="update-list" aria-labelledby={labelledBy}>
      {updates.map((update) => (
        <li key={update.quarter}>
          <article className="update" aria-labelledby={`update-${update.quarter}`}>
            <h3 id={`update-${update.quarter}`}>
              {quarterLabel(update.quarter)} <span className="update-months">({quarterMonths(update.quarter)})</span>
            </h3>
            <p className="update-status">
              <StatusBadge status={update.status} />
              <span>{update.percentComplete}% complete</span>
            </p>
            {update.note.trim() === '' ? <p className="update-no-note">No note.</p> : <p className="update-note">{update.note}</p>}
            <p className="update-byline">
              Reported by {update.author} on <time dateTime={update.createdAt}>{formatUpdateDate(update.createdAt)}</time>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
