import type { ReactNode } from 'react';

function SampleDataLabel() {
  return (
    <p className="sample-label">
      <strong>Sample data</strong>
      <span>
        The plan’s texts are PEF’s own; actions, updates and benchmark figures are invented examples, not the foundation’s
        results.
      </span>
    </p>
  );
}

// The foundation's name on every page; navigation and the user's menu only
// once signed in; the sample-data label while the plan holds any.
export function AppHeader({ children, sampleData = false }: { children?: ReactNode; sampleData?: boolean }) {
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <p className="brand">
          <span className="brand-org">Pasadena Educational Foundation</span>
          <span className="brand-app">Strategic Plan 2023–2027 · Plan Tracker</span>
        </p>
        {children}
      </div>
      {sampleData && <SampleDataLabel />}
    </header>
  );
}
