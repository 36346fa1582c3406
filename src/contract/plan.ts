import * as z from 'zod/mini';
import { FocusAreaId, PriorityId } from './ids';
import { QuarterKey } from './quarter-key';

export const FocusArea = z.object({
  id: FocusAreaId,
  name: z.string(),
  description: z.string(),
});
export type FocusArea = z.infer<typeof FocusArea>;

export const Strategy = z.object({
  id: z.string(),
  text: z.string(),
});
export type Strategy = z.infer<typeof Strategy>;

export const Priority = z.object({
  id: PriorityId,
  number: z.number(),
  title: z.string(),
  statement: z.string(),
  strategies: z.array(Strategy),
  // The plan explains "Respond to change" with a rationale instead of strategies.
  rationale: z.array(z.string()),
});
export type Priority = z.infer<typeof Priority>;

export const PlanPeriod = z.object({
  startQuarter: QuarterKey,
  endQuarter: QuarterKey,
});
export type PlanPeriod = z.infer<typeof PlanPeriod>;

export const Plan = z.object({
  organization: z.string(),
  shortName: z.string(),
  title: z.string(),
  tagline: z.string(),
  introduction: z.string(),
  mission: z.string(),
  vision: z.string(),
  who: z.string(),
  equityDefinition: z.string(),
  coreValues: z.array(z.string()),
  about: z.string(),
  focusAreaIntroduction: z.string(),
  priorityIntroduction: z.string(),
  period: PlanPeriod,
  quarters: z.array(QuarterKey),
  focusAreas: z.array(FocusArea),
  priorities: z.array(Priority),
});
export type Plan = z.infer<typeof Plan>;
