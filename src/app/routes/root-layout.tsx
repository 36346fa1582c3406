import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { toSearch } from '../../lib/api-client';
import { sessionEndedKey, useSessionUser } from '../../features/auth/api/get-session';
import { changePasswordPath } from '../../features/auth/api/change-password';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useHasSampleData } from '../../features/sample-data/api/get-sample-data';
import { UpdatesDueLink } from '../../features/reporting/components/updates-due-link';
import { writerRoles } from '../../contract/session';
import { AppHeader } from './app-header';
import { ScreenBoundary, ScreenLoading } from './screen-boundary';

const sections = [
  { to: '/', label: 'Overview', end: true },
  { to: '/actions', label: 'Actions', end: false },
  { to: '/benchmarks', label: 'Benchmarks', end: false },
  { to: '/review', label: 'Review', end: false },
  { to: '/plan', label: 'Plan', end: false },
] as const;

const adminSections = [
  { to: '/admin/users', label: 'People' },
  { to: '/admin/audit', label: 'Audit' },
  { to: '/admin/import', label: 'Import' },
] as const;

// A new screen starts at its top; a new filter on the same screen keeps the place.
function useScrollToTopOnNewPage(pathname: string): void {
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
}

// Every screen below needs a signed-in user; without one, sign in first and
// come back to the same URL.
function SignedIn() {
  const user = useSessionUser();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const busy = useIsFetching() > 0;
  const sampleData = useHasSampleData(user !== null);
  useScrollToTopOnNewPage(pathname);
  if (user === null) {
    const expired = queryClient.getQueryData(sessionEndedKey) === true ? '1' : undefined;
    return <Navigate to={`/sign-in${toSearch({ next: `${pathname}${search}`, expired })}`} replace />;
  }
  // A one-time password is replaced before anything else, then the person goes on.
  if (user.mustChangePassword && pathname !== changePasswordPath) {
    return <Navigate to={`${changePasswordPath}${toSearch({ next: `${pathname}${search}` })}`} replace />;
  }
  return (
    <>
      <AppHeader sampleData={sampleData}>
        <nav aria-label="Main">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to} end={section.end}>
                  {section.label}
                </NavLink>
              </li>
            ))}
            {writerRoles.includes(user.role) && (
              <li>
                <UpdatesDueLink />
              </li>
            )}
            {user.role === 'admin' &&
              adminSections.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to}>{section.label}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <UserMenu user={user} />
      </AppHeader>
      <div className={busy ? 'page-progress active' : 'page-progress'} aria-hidden="true" />
      <main id="main" tabIndex={-1} aria-busy={busy}>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </main>
    </>
  );
}

export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Suspense fallback={<ScreenLoading />}>
        <SignedIn />
      </Suspense>
    </>
  );
}
