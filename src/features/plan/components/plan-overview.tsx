import type { Plan } from '../../../contract/plan';
import { describePlanPeriod, withRangeDashes } from '../utils/plan-period';
import './plan-overview.css';

// The plan's opening: who wrote it, for when, and why.
export function PlanHeader({ plan }: { plan: Plan }) {
  return (
    <header className="plan-header">
      <p className="plan-organization">{plan.organization}</p>
      <h1>{withRangeDashes(plan.title)}</h1>
      <p className="plan-tagline">{plan.tagline}</p>
      <p className="plan-period">
        <span className="plan-period-label">Plan period</span> {describePlanPeriod(plan.period)}
      </p>
      <p className="plan-introduction">{plan.introduction}</p>
    </header>
  );
}

// Mission, vision, whom PEF serves, what equity means and the values behind it.
export function PlanStatements({ plan }: { plan: Plan }) {
  return (
    <>
      <div className="plan-statements">
        <section id="mission" aria-labelledby="mission-title" className="plan-statement">
          <h2 id="mission-title">Mission</h2>
          <p>{plan.mission}</p>
        </section>
        <section id="vision" aria-labelledby="vision-title" className="plan-statement">
          <h2 id="vision-title">Vision</h2>
          <p>{plan.vision}</p>
        </section>
        <section id="who-we-serve" aria-labelledby="who-title" className="plan-statement">
          <h2 id="who-title">Who we serve</h2>
          <p>{plan.who}</p>
        </section>
      </div>
      <section id="equity" aria-labelledby="equity-title" className="plan-section">
        <h2 id="equity-title">How do we define equity?</h2>
        <p className="plan-equity">{plan.equityDefinition}</p>
      </section>
      <section id="core-values" aria-labelledby="values-title" className="plan-section">
        <h2 id="values-title">Core values</h2>
        <ul className="plan-values">
          {plan.coreValues.map((value) => (
            <li key={value}>{value}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function AboutOrganization({ plan }: { plan: Plan }) {
  return (
    <section id="about" aria-labelledby="about-title" className="plan-section plan-about">
      <h2 id="about-title">About {plan.shortName}</h2>
      <p>{plan.about}</p>
    </section>
  );
}
