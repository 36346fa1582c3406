import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { ScreenBoundary } from './screen-boundary';

export function PublicLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </main>
    </>
  );
}
