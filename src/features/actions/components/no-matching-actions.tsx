import { Link } from 'react-router';
import './no-matching-actions.css';

interface NoMatchingActionsProps {
  // The filters in words, e.g. "in Voice & Agency, matching “tutor”, as of Q3 2026".
  description: string;
  // Where to go to see every action; absent when nothing is filtered.
  clearHref?: string | undefined;
}

export function NoMatchingActions({ description, clearHref }: NoMatchingActionsProps) {
  return (
    <section className="no-matching-actions" aria-labelledby="no-actions-title">
      <h2 id="no-actions-title">No actions found</h2>
      {clearHref === undefined ? (
        <p>No actions are recorded {description}.</p>
      ) : (
        <p>
          No action matches these filters: {description}. <Link to={clearHref}>Show all actions</Link>
        </p>
      )}
    </section>
  );
}
