import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { quarterlyReview, reviewListPage } from '../services/review';

export function registerReviewRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/review/:quarter', async (c) => c.json(await quarterlyReview(c.get('store'), c.req.param())));
  apiRoute(app, 'GET', '/api/review/:quarter/:list', async (c) => c.json(await reviewListPage(c.get('store'), c.req.param(), queryOf(c))));
}
