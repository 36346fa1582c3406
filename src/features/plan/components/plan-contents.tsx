import type { Priority } from '../../../contract/plan';
import './plan-contents.css';

// "On this page": a board member jumps straight to a priority.
export function PlanContents({ priorities }: { priorities: readonly Priority[] }) {
  return (
    <nav className="plan-contents" aria-labelledby="plan-contents-title">
      <p id="plan-contents-title" className="plan-contents-title">
        On this page
      </p>
      <ul>
        <li>
          <a href="#mission">Mission and vision</a>
        </li>
        <li>
          <a href="#equity">Equity</a>
        </li>
        <li>
          <a href="#focus-areas">Focus areas</a>
        </li>
        <li>
          <a href="#priorities">Strategic priorities</a>
          <ol>
            {priorities.map((priority) => (
              <li key={priority.id}>
                <a href={`#${priority.id}`}>{priority.title}</a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href="#about">About</a>
        </li>
      </ul>
    </nav>
  );
}
