import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { toSearch } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePlan } from '../../features/plan/api/get-plan';
import { FocusAreaList } from '../../features/plan/components/focus-area-list';
import { PlanContents } from '../../features/plan/components/plan-contents';
import { AboutOrganization, PlanHeader, PlanStatements } from '../../features/plan/components/plan-overview';
import { PriorityList } from '../../features/plan/components/priority-list';
import './plan.css';

// A link to /plan#wellness opens at that priority: the browser cannot scroll
// there itself because the text arrives after the page loads. The next frame
// runs after the layout's scroll-to-top for a new page.
function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '') return;
    const frame = requestAnimationFrame(() => document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.());
    return () => cancelAnimationFrame(frame);
  }, [hash]);
}

export function PlanRoute() {
  useDocumentTitle('The plan');
  useScrollToHash();
  const plan = usePlan();
  return (
    <div className="plan-page">
      <PlanHeader plan={plan} />
      <div className="plan-layout">
        <PlanContents priorities={plan.priorities} />
        <div className="plan-body">
          <PlanStatements plan={plan} />
          <FocusAreaList
            introduction={plan.focusAreaIntroduction}
            focusAreas={plan.focusAreas}
            actionsHref={(focusArea) => `/actions${toSearch({ focusArea })}`}
          />
          <PriorityList
            introduction={plan.priorityIntroduction}
            priorities={plan.priorities}
            actionsHref={(priority) => `/actions${toSearch({ priority })}`}
            priorityHref={(priority) => `/priorities/${priority}`}
          />
          <AboutOrganization plan={plan} />
        </div>
      </div>
    </div>
  );
}
