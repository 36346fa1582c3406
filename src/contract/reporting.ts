import * as z from 'zod/mini';
import { FocusAreaId, PriorityId, StatusId } from './ids';
import { plainText } from './plain-text';
import { QuarterKey } from './quarter-key';

// The quarterly cycle (src/domain/reporting-periods.ts holds its rules).

export const periodStates = ['upcoming', 'in-progress', 'open', 'published', 'reopened'] as const;
export const PeriodState = z.enum(periodStates);
export type PeriodState = z.infer<typeof PeriodState>;

export const periodStateLabels: Record<PeriodState, string> = {
  upcoming: 'Not started',
  'in-progress': 'In progress',
  open: 'Open for reporting',
  published: 'Published',
  reopened: 'Reopened for corrections',
};

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-10-30' }));

export const ReportingPeriod = z.object({
  quarter: QuarterKey,
  state: PeriodState,
  // The day updates for the quarter are due (its end plus the due days).
  dueDate: isoDate,
  publishedAt: z.nullable(z.iso.datetime()),
  publishedBy: z.nullable(z.string()),
  reopenedAt: z.nullable(z.iso.datetime()),
  reopenReason: z.nullable(z.string()),
  // How many updates were corrected after the quarter was first published.
  corrections: z.int().check(z.gte(0)),
  // Whether updates for the quarter may be written now (not frozen by a publication, not upcoming).
  writable: z.boolean(),
});
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

// GET /api/reporting-periods: every quarter of the plan, and the three
// quarters every screen starts from.
export const ReportingPeriods = z.object({
  dueDays: z.int().check(z.gte(0)),
  currentQuarter: QuarterKey,
  // The quarter staff report on; null while the latest ended one is published.
  reportingQuarter: z.nullable(QuarterKey),
  // What every screen shows unless a quarter is chosen.
  defaultAsOf: QuarterKey,
  // Where the update form starts.
  defaultUpdateQuarter: QuarterKey,
  periods: z.array(ReportingPeriod),
});
export type ReportingPeriods = z.infer<typeof ReportingPeriods>;

export const ReportingSettingsInput = z.strictObject({
  dueDays: z.int({ error: 'must be a whole number of days' }).check(
    z.gte(0, { error: 'must be 0 days or more' }),
    z.lte(180, { error: 'must be at most 180 days' }),
  ),
});
export type ReportingSettingsInput = z.infer<typeof ReportingSettingsInput>;

export const ReopenInput = z.strictObject({
  reason: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'is required: say what needs correcting' }),
    z.maxLength(2000, { error: 'must be at most 2000 characters' }),
    plainText,
  ),
});
export type ReopenInput = z.infer<typeof ReopenInput>;

const summaryText = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: `must be at most ${max} characters` }), plainText);

export const summaryTextLimits = { summary: 4000, highlights: 4000, asks: 4000 } as const;

// The director's words for a quarter, first in its review and its packet.
export const QuarterSummaryInput = z.strictObject({
  summary: summaryText(summaryTextLimits.summary),
  highlights: summaryText(summaryTextLimits.highlights),
  // Decisions or asks of the board.
  asks: summaryText(summaryTextLimits.asks),
  // The version read; absent for the first save.
  version: z.optional(z.int().check(z.gte(1))),
});
export type QuarterSummaryInput = z.infer<typeof QuarterSummaryInput>;

export const QuarterSummary = z.object({
  quarter: QuarterKey,
  summary: z.string(),
  highlights: z.string(),
  asks: z.string(),
  // A draft until the quarter is published.
  draft: z.boolean(),
  // 0 while nothing was written.
  version: z.int().check(z.gte(0)),
  updatedAt: z.nullable(z.iso.datetime()),
  updatedBy: z.nullable(z.string()),
});
export type QuarterSummary = z.infer<typeof QuarterSummary>;

export const DueAction = z.object({
  actionId: z.string(),
  title: z.string(),
  owner: z.string(),
  priorityId: PriorityId,
  focusAreaId: FocusAreaId,
  // As it stood at the end of the quarter before.
  status: StatusId,
  sample: z.boolean(),
});
export type DueAction = z.infer<typeof DueAction>;

// GET /api/updates-due: the actions lacking an update for the quarter open
// for reporting, grouped by owner (one group for a staff member: their own).
export const UpdatesDue = z.object({
  quarter: z.nullable(QuarterKey),
  dueDate: z.nullable(isoDate),
  total: z.int().check(z.gte(0)),
  owners: z.array(
    z.object({
      owner: z.string(),
      // The account the owner's name belongs to; null when none matches.
      email: z.nullable(z.string()),
      items: z.array(DueAction),
    }),
  ),
});
export type UpdatesDue = z.infer<typeof UpdatesDue>;
