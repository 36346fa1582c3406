import type { Kysely } from 'kysely';
import type { ActionReads } from '../../store/action-reads';
import type { RevisionCache } from '../../store/revision-cache';
import { countActions, latestReportedQuarter, loadActionRecord, loadUpdatesOf } from '../repository/action-repository';
import type { Database } from '../schema';
import { listActions } from './list-actions';
import { reviewFirstPagesOf } from './review-first-pages';
import { reviewListOf, reviewSummaryOf } from './review-reads';
import { selectActions } from './select-actions';
import { overviewOf, statusCountsOf } from './status-count-reads';

// The read side of the Kysely store: every answer computed by the database
// over the read model, its cost growing with what it returns. Given a cache,
// the list keeps the counts that do not depend on the page in it.
export function sqlActionReads(db: Kysely<Database>, kept?: RevisionCache): ActionReads {
  return {
    latestReportedQuarter: () => latestReportedQuarter(db),
    countActions: () => countActions(db),
    listActions: (filters, quarter) => listActions(db, filters, quarter, kept),
    selectActions: (filters, quarter) => selectActions(db, filters, quarter),
    actionRecord: (id) => loadActionRecord(db, id),
    updatesOf: (ids) => loadUpdatesOf(db, ids),
    overview: (quarter) => overviewOf(db, quarter),
    statusCounts: (filters, quarters) => statusCountsOf(db, filters, quarters),
    reviewSummary: (quarters) => reviewSummaryOf(db, quarters),
    reviewFirstPages: (quarters, pageSize) => reviewFirstPagesOf(db, quarters, pageSize),
    reviewList: (quarters, list, page, scope) => reviewListOf(db, quarters, list, page, scope),
  };
}
