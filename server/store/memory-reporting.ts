import type { QuarterSummary } from '../../src/contract/reporting';
import { blankSummary, type PublicationRow, type Revision } from '../db/repository/reporting-repository';
import type { ReportingWrites } from './reporting-store';

// The quarterly cycle held in memory, for the mock API; the same answers as the SQL one.
export interface MemoryReporting {
  publications: Map<string, PublicationRow & { snapshot: unknown }>;
  summaries: Map<string, Omit<QuarterSummary, 'draft'>>;
  revisions: Revision[];
  settings: Map<string, unknown>;
}

export function emptyMemoryReporting(): MemoryReporting {
  return { publications: new Map(), summaries: new Map(), revisions: [], settings: new Map() };
}

const clone = <T>(value: T): T => structuredClone(value);

export function memoryReporting(data: () => MemoryReporting): ReportingWrites {
  const publications = async () =>
    [...data().publications.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1)).map(({ snapshot: _snapshot, ...row }) => row);
  const summary = async (quarter: string, draft: boolean) => {
    const stored = data().summaries.get(quarter);
    return stored === undefined ? blankSummary(quarter, draft) : { ...stored, draft };
  };
  return {
    publications,
    publishedSnapshot: async (quarter) => clone(data().publications.get(quarter)?.snapshot),
    summary,
    revisions: async (quarter) => data().revisions.filter((r) => r.quarter === quarter),
    revisionCounts: async () => {
      const counts = new Map<string, number>();
      for (const r of data().revisions) counts.set(r.quarter, (counts.get(r.quarter) ?? 0) + 1);
      return counts;
    },
    setting: async (key) => data().settings.get(key),
    writePublication: async (quarter, by, at, snapshot, readVersion) => {
      const current = data().publications.get(quarter);
      if (readVersion === null ? current !== undefined : current?.version !== readVersion || current.published) return false;
      data().publications.set(quarter, {
        quarter,
        published: true,
        publishedAt: at,
        publishedBy: by,
        reopenedAt: current?.reopenedAt ?? null,
        reopenedBy: current?.reopenedBy ?? null,
        reopenReason: current?.reopenReason ?? null,
        version: (current?.version ?? 0) + 1,
        snapshot: clone(snapshot),
      });
      return true;
    },
    reopenPublication: async (quarter, by, at, reason, readVersion) => {
      const current = data().publications.get(quarter);
      if (current === undefined || current.version !== readVersion || !current.published) return false;
      data().publications.set(quarter, { ...current, published: false, reopenedAt: at, reopenedBy: by, reopenReason: reason, version: readVersion + 1 });
      return true;
    },
    writeSummary: async (quarter, input, readVersion, by, at) => {
      const current = data().summaries.get(quarter);
      if ((current?.version ?? 0) !== readVersion) return false;
      data().summaries.set(quarter, { quarter, ...input, version: readVersion + 1, updatedAt: at, updatedBy: by });
      return true;
    },
    insertRevision: async (revision) => {
      data().revisions.push(clone(revision));
    },
    writeSetting: async (key, value) => {
      data().settings.set(key, clone(value));
    },
  };
}
