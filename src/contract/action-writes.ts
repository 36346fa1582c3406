import * as z from 'zod/mini';
import { PercentComplete } from './actions';
import { boundedText, plainText } from './plain-text';
import { FocusAreaId, PriorityId, StatusId, StudentGroupId, studentGroupIds } from './ids';
import { QuarterKey } from './quarter-key';
import { updateContradictions } from './update-rules';

// The bodies of the action writes. Strict: a field the API does not know is a
// 400, so a typo never passes silently. Rules that need the plan or the stored
// action (period, strategy of the priority, version) are the domain's.

export const actionTextLimits = { title: 200, description: 4000, owner: 120, note: 2000 } as const;

// Quarter keys compare as text: the year has four digits and the quarter one.
const inOrder = (start: unknown, due: unknown) => typeof start !== 'string' || typeof due !== 'string' || start <= due;
const dueNotBeforeStart = z.refine<{ startQuarter?: string; dueQuarter?: string }>((v) => inOrder(v.startQuarter, v.dueQuarter), {
  error: 'must not be before the start quarter',
  path: ['dueQuarter'],
});

export const Version = z.int({ error: 'must be the version number you read (a whole number)' }).check(
  z.gte(1, { error: 'must be the version number you read (1 or more)' }),
);

const actionFields = {
  title: boundedText(actionTextLimits.title, true),
  description: boundedText(actionTextLimits.description, false),
  priorityId: PriorityId,
  focusAreaId: FocusAreaId,
  strategyId: z.nullable(z.string().check(z.minLength(1, { error: 'must be a strategy id or null' }), z.maxLength(100), plainText)),
  owner: boundedText(actionTextLimits.owner, true),
  startQuarter: QuarterKey,
  dueQuarter: QuarterKey,
  studentGroups: z.array(StudentGroupId).check(
    z.minLength(1, { error: 'must name at least one student group (all-students when it serves everyone)' }),
    z.maxLength(studentGroupIds.length),
    z.refine((ids) => new Set(ids).size === ids.length, { error: 'must not name a student group twice' }),
  ),
};

export const actionFieldNames = Object.keys(actionFields) as (keyof typeof actionFields)[];
export type ActionFieldName = keyof typeof actionFields;

// Each field in words, as forms and the audit name it.
export const actionFieldLabels: Record<ActionFieldName, string> = {
  title: 'Title',
  description: 'Description',
  priorityId: 'Priority',
  focusAreaId: 'Focus area',
  strategyId: 'Strategy',
  owner: 'Owner',
  startQuarter: 'Start quarter',
  dueQuarter: 'Due quarter',
  studentGroups: 'Student groups',
};

// POST /api/actions. Both quarters must also lie in the plan period.
export const NewAction = z.strictObject(actionFields).check(dueNotBeforeStart);
export type NewAction = z.infer<typeof NewAction>;

// PATCH /api/actions/:id: the changed fields and the version they were read at.
export const ActionPatch = z
  .strictObject({
    title: z.optional(actionFields.title),
    description: z.optional(actionFields.description),
    priorityId: z.optional(actionFields.priorityId),
    focusAreaId: z.optional(actionFields.focusAreaId),
    strategyId: z.optional(actionFields.strategyId),
    owner: z.optional(actionFields.owner),
    startQuarter: z.optional(actionFields.startQuarter),
    dueQuarter: z.optional(actionFields.dueQuarter),
    studentGroups: z.optional(actionFields.studentGroups),
    version: Version,
  })
  .check(
    dueNotBeforeStart,
    z.refine((patch) => actionFieldNames.some((name) => patch[name] !== undefined), {
      error: `must change at least one of: ${actionFieldNames.join(', ')}`,
    }),
  );
export type ActionPatch = z.infer<typeof ActionPatch>;

// POST /api/actions/:id/updates: adds that quarter's update or replaces it.
// An update that contradicts itself (update-rules.ts) is a 400, not a silent fix.
// `version` is optional; when sent and stale, the update is refused with a 409.
export const UpdateInput = z
  .strictObject({
    quarter: QuarterKey,
    status: StatusId,
    percentComplete: PercentComplete,
    note: boundedText(actionTextLimits.note, false),
    version: z.optional(Version),
  })
  .check(
    z.superRefine((u, ctx) => {
      for (const [field, message] of Object.entries(updateContradictions(u))) {
        ctx.issues.push({ code: 'custom', message, path: [field], input: u });
      }
    }),
  );
export type UpdateInput = z.infer<typeof UpdateInput>;
