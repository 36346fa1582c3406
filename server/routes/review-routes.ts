import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { queryOf } from '../http/validate';
import { quarterlyReview, reviewListPage } from '../services/review';
import { keptAnswer } from '../http/kept-answer';

export function registerReviewRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/review/:quarter', (c) => keptAnswer(c, () => quarterlyReview(c.get('store'), c.req.param())));
  apiRoute(app, 'GET', '/api/review/:quarter/:list', (c) => keptAnswer(c, () => reviewListPage(c.get('store'), c.req.param(), queryOf(c))));
}
