import { useIsFetching } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ScreenBoundary } from './screen-boundary';

const sections = [
  { to: '/', label: 'Overview', end: true },
  { to: '/actions', label: 'Actions', end: false },
  { to: '/benchmarks', label: 'Benchmarks', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/plan', label: 'Plan', end: false },
] as const;

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

// A new screen starts at its top; a new filter on the same screen keeps the place.
function useScrollToTopOnNewPage(pathname: string): void {
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function RootLayout() {
  const busy = useIsFetching() > 0;
  const { pathname } = useLocation();
  useScrollToTopOnNewPage(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="brand">
            <span className="brand-org">Pasadena Educational Foundation</span>
            <span className="brand-app">Strategic Plan 2023–2027 · Plan Tracker</span>
          </p>
          <nav aria-label="Main">
            <ul>
              {sections.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.end}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <SampleDataLabel />
      </header>
      <div className={busy ? 'page-progress active' : 'page-progress'} aria-hidden="true" />
      <main id="main" tabIndex={-1} aria-busy={busy}>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </main>
    </>
  );
}
