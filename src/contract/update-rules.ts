import type { StatusId } from './ids';

// The rules that keep an update from contradicting itself or the report
// before it. One set of words, shown next to the field by the form and
// returned by the API; each message completes the field's label.

export interface UpdateDraft {
  readonly quarter: string;
  readonly status: StatusId;
  readonly percentComplete: number;
  readonly note: string;
}

export interface EarlierReport {
  readonly quarter: string;
  readonly percentComplete: number;
}

export type UpdateRuleField = 'status' | 'percentComplete' | 'note';

const noteReasons: Partial<Record<StatusId, string>> = {
  'at-risk': 'is required when the status is at risk or off track: say what is in the way',
  'off-track': 'is required when the status is at risk or off track: say what is in the way',
  deferred: 'is required when the status is deferred: say why, and until when',
};

export const noteRequiredFor = Object.keys(noteReasons) as StatusId[];

// Contradictions within one update.
export function updateContradictions(draft: UpdateDraft): Partial<Record<UpdateRuleField, string>> {
  const problems: Partial<Record<UpdateRuleField, string>> = {};
  const noteReason = noteReasons[draft.status];
  if (noteReason !== undefined && draft.note.trim() === '') problems.note = noteReason;
  if (draft.status === 'completed' && draft.percentComplete !== 100) {
    problems.percentComplete = 'must be 100 when the status is completed';
  } else if (draft.status === 'not-started' && draft.percentComplete > 0) {
    problems.percentComplete = 'must be 0 when the status is not started: if work has begun, choose another status';
  } else if (draft.percentComplete === 100 && draft.status !== 'completed' && draft.status !== 'deferred') {
    problems.status = 'must be completed when the work is 100 % done: mark it completed, or lower the percent if work remains';
  }
  return problems;
}

// Progress that falls from the report before needs a word of why.
export function progressDropProblem(draft: UpdateDraft, previous: EarlierReport | undefined): string | null {
  if (previous === undefined || draft.percentComplete >= previous.percentComplete || draft.note.trim() !== '') return null;
  return `is required when progress falls from ${previous.percentComplete} % (${previous.quarter}) to ${draft.percentComplete} %: say why`;
}

// The latest report before `quarter`, which a new one is compared with.
export function reportBefore<T extends EarlierReport>(quarter: string, reports: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const report of reports) {
    if (report.quarter < quarter && (latest === undefined || report.quarter > latest.quarter)) latest = report;
  }
  return latest;
}
