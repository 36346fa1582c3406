import type { Priority } from '../../../contract/plan';
import './priority-heading.css';

// The priority as the plan states it: its number, title and full statement.
export function PriorityHeading({ priority, of }: { priority: Priority; of: number }) {
  return (
    <header className="priority-heading">
      <p className="priority-heading-eyebrow">
        Strategic priority {priority.number} of {of}
      </p>
      <h1>
        <span className="priority-heading-number" aria-hidden="true">
          {priority.number}
        </span>
        <span className="visually-hidden">Priority {priority.number}:</span>{' '}
        <span>{priority.title}</span>
      </h1>
      <p className="priority-heading-statement">{priority.statement}</p>
    </header>
  );
}

// How the plan means to get there (its strategies), or, for a priority that
// has none, why it is there.
export function PriorityApproach({ priority }: { priority: Priority }) {
  const hasStrategies = priority.strategies.length > 0;
  return (
    <section className="priority-approach" aria-labelledby="priority-approach-title">
      <h2 id="priority-approach-title">{hasStrategies ? 'Strategies' : 'Why?'}</h2>
      {hasStrategies ? (
        <ul className="priority-approach-strategies">
          {priority.strategies.map((strategy) => (
            <li key={strategy.id}>{strategy.text}</li>
          ))}
        </ul>
      ) : (
        priority.rationale.map((paragraph) => <p key={paragraph}>{paragraph}</p>)
      )}
    </section>
  );
}
