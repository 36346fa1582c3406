import type { Hono } from 'hono';
import { QuarterSummaryInput, ReopenInput, ReportingSettingsInput } from '../../src/contract/reporting';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { parseBody } from '../http/validate';
import { writeContext } from '../http/write-context';
import { boardPacket, currentPacket } from '../services/board-packet';
import { publishQuarter, quarterSummary, reopenQuarter, reportingPeriods, saveQuarterSummary, setReportingSettings } from '../services/reporting';
import { updatesDue } from '../services/updates-due';
import { jsonAnswer } from '../http/json-answer';

// The quarterly cycle: where each quarter stands, the director's summary,
// publishing and reopening, the board packet, and what is owed.
export function registerReportingRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/reporting-periods', async (c) => jsonAnswer(c, await reportingPeriods(c.get('store'), c.get('config').now())));

  apiRoute(app, 'PUT', '/api/reporting-settings', async (c) =>
    jsonAnswer(c, await setReportingSettings(c.get('store'), writeContext(c), await parseBody(c, ReportingSettingsInput))),
  );

  apiRoute(app, 'GET', '/api/quarters/:quarter/summary', async (c) => jsonAnswer(c, await quarterSummary(c.get('store'), c.req.param('quarter'))));

  apiRoute(app, 'PUT', '/api/quarters/:quarter/summary', async (c) =>
    jsonAnswer(c, await saveQuarterSummary(c.get('store'), writeContext(c), c.req.param('quarter'), await parseBody(c, QuarterSummaryInput))),
  );

  apiRoute(app, 'POST', '/api/quarters/:quarter/publish', async (c) => {
    const store = c.get('store');
    return jsonAnswer(c, await publishQuarter(store, writeContext(c), c.req.param('quarter'), (quarter) => currentPacket(store, quarter)));
  });

  apiRoute(app, 'POST', '/api/quarters/:quarter/reopen', async (c) =>
    jsonAnswer(c, await reopenQuarter(c.get('store'), writeContext(c), c.req.param('quarter'), await parseBody(c, ReopenInput))),
  );

  apiRoute(app, 'GET', '/api/quarters/:quarter/packet', async (c) => jsonAnswer(c, await boardPacket(c.get('store'), c.req.param('quarter'), c.get('config').now())));

  apiRoute(app, 'GET', '/api/updates-due', async (c) => {
    const user = c.get('user');
    // The route's permission has already required a signed-in user.
    if (user === null) return c.body(null, 401);
    return jsonAnswer(c, await updatesDue(c.get('store'), user, c.get('config').now()));
  });
}
