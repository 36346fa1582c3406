import { Link } from 'react-router';
import type { PriorityId } from '../../../contract/ids';
import type { Priority } from '../../../contract/plan';
import './priority-list.css';

interface PriorityListProps {
  introduction: string;
  priorities: readonly Priority[];
  actionsHref?: (id: PriorityId) => string;
  // The priority's own page: its actions by focus area, trend and benchmarks.
  priorityHref?: (id: PriorityId) => string;
}

type PriorityItemProps = { priority: Priority } & Pick<PriorityListProps, 'actionsHref' | 'priorityHref'>;

function PriorityItem({ priority, actionsHref, priorityHref }: PriorityItemProps) {
  const titleId = `${priority.id}-title`;
  return (
    <article id={priority.id} className="priority" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="priority-number" aria-hidden="true">
          {priority.number}
        </span>
        <span className="visually-hidden">Priority {priority.number}:</span> {priority.title}
      </h3>
      <p className="priority-statement">{priority.statement}</p>
      {priority.strategies.length > 0 && (
        <>
          <h4>Strategies</h4>
          <ul className="priority-strategies">
            {priority.strategies.map((strategy) => (
              <li key={strategy.id}>{strategy.text}</li>
            ))}
          </ul>
        </>
      )}
      {priority.rationale.length > 0 && (
        <>
          <h4>Why?</h4>
          {priority.rationale.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </>
      )}
      {(priorityHref || actionsHref) && (
        <p className="priority-links">
          {priorityHref && (
            <Link to={priorityHref(priority.id)} className="plan-priority-link">
              Priority page <span className="visually-hidden">of priority {priority.number}</span>
            </Link>
          )}
          {actionsHref && (
            <Link to={actionsHref(priority.id)} className="plan-actions-link">
              View actions <span className="visually-hidden">for priority {priority.number}</span>
            </Link>
          )}
        </p>
      )}
    </article>
  );
}

// The six priorities in the plan's order: what PEF wants to do and how.
export function PriorityList({ introduction, priorities, actionsHref, priorityHref }: PriorityListProps) {
  return (
    <section id="priorities" aria-labelledby="priorities-title" className="plan-section">
      <h2 id="priorities-title">Strategic priorities</h2>
      <p className="plan-section-intro">{introduction}</p>
      <ol className="priority-list">
        {priorities.map((priority) => (
          <li key={priority.id}>
            <PriorityItem priority={priority} actionsHref={actionsHref} priorityHref={priorityHref} />
          </li>
        ))}
      </ol>
    </section>
  );
}
