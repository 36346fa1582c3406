import type { Kysely } from 'kysely';
import {
  countRevisions,
  insertRevision,
  loadPublications,
  loadPublishedSnapshot,
  loadRevisions,
  loadSetting,
  loadSummary,
  reopenPublication,
  writePublication,
  writeSetting,
  writeSummary,
} from '../db/repository/reporting-repository';
import type { Database } from '../db/schema';
import type { ReportingReads, ReportingWrites } from './reporting-store';

export function kyselyReportingReads(db: Kysely<Database>): ReportingReads {
  return {
    publications: () => loadPublications(db),
    publishedSnapshot: (quarter) => loadPublishedSnapshot(db, quarter),
    summary: (quarter, draft) => loadSummary(db, quarter, draft),
    revisions: (quarter) => loadRevisions(db, quarter),
    revisionCounts: () => countRevisions(db),
    setting: (key) => loadSetting(db, key),
  };
}

export function kyselyReportingWrites(trx: Kysely<Database>): ReportingWrites {
  return {
    ...kyselyReportingReads(trx),
    writePublication: (quarter, by, at, snapshot, readVersion) => writePublication(trx, quarter, by, at, snapshot, readVersion),
    reopenPublication: (quarter, by, at, reason, readVersion) => reopenPublication(trx, quarter, by, at, reason, readVersion),
    writeSummary: (quarter, input, readVersion, by, at) => writeSummary(trx, quarter, input, readVersion, by, at),
    insertRevision: (revision) => insertRevision(trx, revision),
    writeSetting: (key, value) => writeSetting(trx, key, value),
  };
}
