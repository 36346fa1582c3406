import type { QuarterSummary, QuarterSummaryInput } from '../../src/contract/reporting';
import type { PublicationRow, Revision } from '../db/repository/reporting-repository';

// The quarterly cycle as the services read it.
export interface ReportingReads {
  publications(): Promise<PublicationRow[]>;
  // What the board was shown when the quarter was last published.
  publishedSnapshot(quarter: string): Promise<unknown>;
  summary(quarter: string, draft: boolean): Promise<QuarterSummary>;
  revisions(quarter: string): Promise<Revision[]>;
  revisionCounts(): Promise<Map<string, number>>;
  setting(key: string): Promise<unknown>;
}

// ... and changes it, inside a write's transaction; false when another write got there first.
export interface ReportingWrites extends ReportingReads {
  writePublication(quarter: string, by: string, at: string, snapshot: unknown, readVersion: number | null): Promise<boolean>;
  reopenPublication(quarter: string, by: string, at: string, reason: string, readVersion: number): Promise<boolean>;
  writeSummary(quarter: string, input: Omit<QuarterSummaryInput, 'version'>, readVersion: number, by: string, at: string): Promise<boolean>;
  insertRevision(revision: Revision): Promise<void>;
  writeSetting(key: string, value: unknown): Promise<void>;
}
