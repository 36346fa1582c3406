import { Link } from 'react-router';
import type { FocusAreaId } from '../../../contract/ids';
import type { FocusArea } from '../../../contract/plan';
import './focus-area-list.css';

interface FocusAreaListProps {
  introduction: string;
  focusAreas: readonly FocusArea[];
  actionsHref?: (id: FocusAreaId) => string;
}

// The four pillars every priority is worked through; each has its own anchor.
export function FocusAreaList({ introduction, focusAreas, actionsHref }: FocusAreaListProps) {
  return (
    <section id="focus-areas" aria-labelledby="focus-areas-title" className="plan-section">
      <h2 id="focus-areas-title">Focus areas</h2>
      <p className="plan-section-intro">{introduction}</p>
      <ul className="focus-area-list">
        {focusAreas.map((area) => (
          <li key={area.id} id={area.id} className="focus-area">
            <h3>{area.name}</h3>
            <p>{area.description}</p>
            {actionsHref && (
              <Link to={actionsHref(area.id)} className="plan-actions-link">
                View actions <span className="visually-hidden">in {area.name}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
