import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { quarterlyReview, reviewListPage } from '../services/review';
import { jsonAnswer } from '../http/json-answer';

export function registerReviewRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/review/:quarter', async (c) => jsonAnswer(c, await quarterlyReview(c.get('store'), c.req.param())));
  apiRoute(app, 'GET', '/api/review/:quarter/:list', async (c) => jsonAnswer(c, await reviewListPage(c.get('store'), c.req.param(), queryOf(c))));
}
