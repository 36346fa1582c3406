import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { PublicLayout } from './routes/public-layout';
import { RootLayout } from './routes/root-layout';

// Every view is a URL. The overview is in the first bundle; other screens load
// on demand so the matrix never waits for them. Declarative routes (not the
// data router) keep the overview's first JavaScript inside its budget; screens
// read their data with suspense queries instead of loaders.
const ActionsRoute = lazy(() => import('./routes/actions').then((m) => ({ default: m.ActionsRoute })));
const ActionRoute = lazy(() => import('./routes/action').then((m) => ({ default: m.ActionRoute })));
const PlanRoute = lazy(() => import('./routes/plan').then((m) => ({ default: m.PlanRoute })));
const BenchmarksRoute = lazy(() => import('./routes/benchmarks').then((m) => ({ default: m.BenchmarksRoute })));
const LatestReviewRoute = lazy(() => import('./routes/review').then((m) => ({ default: m.LatestReviewRoute })));
const ReviewRoute = lazy(() => import('./routes/review').then((m) => ({ default: m.ReviewRoute })));
const UpdatesDueRoute = lazy(() => import('./routes/updates-due').then((m) => ({ default: m.UpdatesDueRoute })));
const BoardPacketRoute = lazy(() => import('./routes/board-packet').then((m) => ({ default: m.BoardPacketRoute })));
const SignInRoute = lazy(() => import('./routes/sign-in').then((m) => ({ default: m.SignInRoute })));
const PriorityRoute = lazy(() => import('./routes/priority').then((m) => ({ default: m.PriorityRoute })));
const NewActionRoute = lazy(() => import('./routes/action-form').then((m) => ({ default: m.NewActionRoute })));
const PeopleRoute = lazy(() => import('./routes/admin-users').then((m) => ({ default: m.PeopleRoute })));
const AuditRoute = lazy(() => import('./routes/admin-audit').then((m) => ({ default: m.AuditRoute })));
const AccountPasswordRoute = lazy(() => import('./routes/account-password').then((m) => ({ default: m.AccountPasswordRoute })));
const AdminImportRoute = lazy(() => import('./routes/admin-import').then((m) => ({ default: m.AdminImportRoute })));
const EditActionRoute = lazy(() => import('./routes/action-form').then((m) => ({ default: m.EditActionRoute })));
const NewBenchmarkRoute = lazy(() => import('./routes/benchmark-form').then((m) => ({ default: m.NewBenchmarkRoute })));
const EditBenchmarkRoute = lazy(() => import('./routes/benchmark-form').then((m) => ({ default: m.EditBenchmarkRoute })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="sign-in" element={<SignInRoute />} />
      </Route>
      <Route element={<RootLayout />}>
        <Route index element={<OverviewRoute />} />
        <Route path="actions" element={<ActionsRoute />} />
        <Route path="actions/new" element={<NewActionRoute />} />
        <Route path="actions/:id" element={<ActionRoute />} />
        <Route path="actions/:id/edit" element={<EditActionRoute />} />
        <Route path="plan" element={<PlanRoute />} />
        <Route path="benchmarks" element={<BenchmarksRoute />} />
        <Route path="benchmarks/new" element={<NewBenchmarkRoute />} />
        <Route path="benchmarks/:id/edit" element={<EditBenchmarkRoute />} />
        <Route path="review" element={<LatestReviewRoute />} />
        <Route path="review/:quarter" element={<ReviewRoute />} />
        <Route path="review/:quarter/packet" element={<BoardPacketRoute />} />
        <Route path="updates-due" element={<UpdatesDueRoute />} />
        <Route path="priorities/:id" element={<PriorityRoute />} />
        <Route path="admin/users" element={<PeopleRoute />} />
        <Route path="admin/audit" element={<AuditRoute />} />
        <Route path="account/password" element={<AccountPasswordRoute />} />
        <Route path="admin/import" element={<AdminImportRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
