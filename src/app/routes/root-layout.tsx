import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';

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

export function RootLayout() {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
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
      <div className={busy ? 'page-progress active' : 'page-progress'} role="progressbar" aria-label="Loading page" aria-hidden={!busy} />
      <main id="main" tabIndex={-1} aria-busy={busy}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}

export function RootLoading() {
  return (
    <main className="root-loading" aria-busy="true">
      <p role="status">Loading the strategic plan…</p>
    </main>
  );
}
