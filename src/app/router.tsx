import { matchPath, Route, Routes } from 'react-router';
import { lazyScreens, type LazyScreen, type ScreenLocation } from './lazy-screen';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { PublicLayout } from './routes/public-layout';
import { RootLayout } from './routes/root-layout';

// Every view is a URL. The overview is in the first bundle; other screens load
// on demand so the matrix never waits for them. Declarative routes (not the
// data router) keep the overview's first JavaScript inside its budget; screens
// read their data with suspense queries, and the screen a page opens on is
// loaded, with its answers, as the app starts (prefetch-first-screen.ts).
const actions = lazyScreens(() => import('./routes/actions'));
const action = lazyScreens(() => import('./routes/action'));
const actionForm = lazyScreens(() => import('./routes/action-form'));
const plan = lazyScreens(() => import('./routes/plan'));
const benchmarks = lazyScreens(() => import('./routes/benchmarks'));
const benchmarkForm = lazyScreens(() => import('./routes/benchmark-form'));
const review = lazyScreens(() => import('./routes/review'));
const boardPacket = lazyScreens(() => import('./routes/board-packet'));
const updatesDue = lazyScreens(() => import('./routes/updates-due'));
const signIn = lazyScreens(() => import('./routes/sign-in'));
const priority = lazyScreens(() => import('./routes/priority'));
const adminUsers = lazyScreens(() => import('./routes/admin-users'));
const adminAudit = lazyScreens(() => import('./routes/admin-audit'));
const adminImport = lazyScreens(() => import('./routes/admin-import'));
const accountPassword = lazyScreens(() => import('./routes/account-password'));

const SignInRoute = signIn((m) => ({ Screen: m.SignInRoute, prefetch: m.prefetchSignIn }));

const signInPath = 'sign-in';

// The screens loaded on demand, by path; a fixed path before a parameter where both could match.
const screens: readonly { path: string; Screen: LazyScreen }[] = [
  { path: 'actions', Screen: actions((m) => ({ Screen: m.ActionsRoute, prefetch: m.prefetchActions })) },
  { path: 'actions/new', Screen: actionForm((m) => ({ Screen: m.NewActionRoute })) },
  { path: 'actions/:id', Screen: action((m) => ({ Screen: m.ActionRoute, prefetch: m.prefetchAction })) },
  { path: 'actions/:id/edit', Screen: actionForm((m) => ({ Screen: m.EditActionRoute })) },
  { path: 'plan', Screen: plan((m) => ({ Screen: m.PlanRoute })) },
  { path: 'benchmarks', Screen: benchmarks((m) => ({ Screen: m.BenchmarksRoute, prefetch: m.prefetchBenchmarks })) },
  { path: 'benchmarks/new', Screen: benchmarkForm((m) => ({ Screen: m.NewBenchmarkRoute })) },
  { path: 'benchmarks/:id/edit', Screen: benchmarkForm((m) => ({ Screen: m.EditBenchmarkRoute })) },
  { path: 'review', Screen: review((m) => ({ Screen: m.LatestReviewRoute, prefetch: m.prefetchLatestReview })) },
  { path: 'review/:quarter', Screen: review((m) => ({ Screen: m.ReviewRoute, prefetch: m.prefetchReview })) },
  { path: 'review/:quarter/packet', Screen: boardPacket((m) => ({ Screen: m.BoardPacketRoute, prefetch: m.prefetchBoardPacket })) },
  { path: 'updates-due', Screen: updatesDue((m) => ({ Screen: m.UpdatesDueRoute, prefetch: m.prefetchUpdatesDue })) },
  { path: 'priorities/:id', Screen: priority((m) => ({ Screen: m.PriorityRoute, prefetch: m.prefetchPriority })) },
  { path: 'admin/users', Screen: adminUsers((m) => ({ Screen: m.PeopleRoute, prefetch: m.prefetchPeople })) },
  { path: 'admin/audit', Screen: adminAudit((m) => ({ Screen: m.AuditRoute, prefetch: m.prefetchAudit })) },
  { path: 'account/password', Screen: accountPassword((m) => ({ Screen: m.AccountPasswordRoute })) },
  { path: 'admin/import', Screen: adminImport((m) => ({ Screen: m.AdminImportRoute })) },
];

// The screen loaded on demand that a path opens, with where it is opened;
// undefined for the overview (in the first bundle) and for no screen at all.
export function screenAt(pathname: string, search: string): { Screen: LazyScreen; at: ScreenLocation } | undefined {
  const at = (params: ScreenLocation['params']) => ({ params, search: new URLSearchParams(search) });
  if (matchPath(`/${signInPath}`, pathname) !== null) return { Screen: SignInRoute, at: at({}) };
  for (const { path, Screen } of screens) {
    const match = matchPath(`/${path}`, pathname);
    if (match !== null) return { Screen, at: at(match.params) };
  }
  return undefined;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path={signInPath} element={<SignInRoute />} />
      </Route>
      <Route element={<RootLayout />}>
        <Route index element={<OverviewRoute />} />
        {screens.map(({ path, Screen }) => (
          <Route key={path} path={path} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
