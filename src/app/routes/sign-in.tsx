import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router';
import type { SessionUser } from '../../contract/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { changePasswordPath } from '../../features/auth/api/change-password';
import { demoAccountsQueryOptions } from '../../features/auth/api/get-demo-accounts';
import { useSessionUser } from '../../features/auth/api/get-session';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { DemoAccountList } from '../../features/auth/components/demo-account-list';
import { firstScreenReady } from '../prefetch-first-screen';
import { safeNextPath } from './safe-next-path';
import './sign-in.css';

// The demo accounts the page offers (none outside demo mode), asked for as the app starts.
export function prefetchSignIn(queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(demoAccountsQueryOptions());
}

export function SignInRoute() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const user = useSessionUser();
  const queryClient = useQueryClient();
  // A one-time password is replaced first: that screen comes before the one asked for.
  const prepareNext = (signedIn: SessionUser) =>
    firstScreenReady(queryClient, new URL(signedIn.mustChangePassword ? changePasswordPath : next, window.location.origin));
  if (user !== null) return <Navigate to={next} replace />;
  return (
    <div className="sign-in">
      <h1>Sign in to Plan Tracker</h1>
      <p className="lede">The Pasadena Educational Foundation’s 2023–2027 Strategic Plan, and the progress of its actions.</p>
      {params.get('expired') === '1' && (
        <p className="notice" role="status">
          Your session has ended (after a while without activity, or signed out elsewhere). Sign in again to continue where
          you were.
        </p>
      )}
      {params.get('signedOut') === '1' && (
        <p className="notice" role="status">
          You are signed out.
        </p>
      )}
      <SignInForm next={next} prepareNext={prepareNext} />
      <DemoAccountList next={next} prepareNext={prepareNext} />
    </div>
  );
}
