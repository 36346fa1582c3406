import { useId, type ReactNode } from 'react';
import type { Priority } from '../../../contract/plan';
import './priority-section.css';

interface PrioritySectionProps {
  priority: Priority;
  measureCount: number;
  children: ReactNode;
}

// The measures of one priority, under its number and title.
export function PrioritySection({ priority, measureCount, children }: PrioritySectionProps) {
  const headingId = useId();
  return (
    <section className="benchmark-priority" aria-labelledby={headingId}>
      <h2 id={headingId} aria-label={`Priority ${priority.number}: ${priority.title}`}>
        <span className="benchmark-priority-number">{priority.number}</span>
        <span>{priority.title}</span>
      </h2>
      {measureCount === 0 ? (
        <p className="section-help">No measures have been set for this priority yet.</p>
      ) : (
        <div className="benchmark-grid">{children}</div>
      )}
    </section>
  );
}
