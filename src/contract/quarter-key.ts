import * as z from 'zod/mini';

// Calendar quarters are keyed `YYYY-Qn`; school years `YYYY-YY` (July to June).
export const quarterKeyPattern = /^(\d{4})-Q([1-4])$/;
export const QuarterKey = z.string().check(
  z.regex(quarterKeyPattern, { error: 'must be a quarter like 2025-Q3' }),
);
export type QuarterKey = z.infer<typeof QuarterKey>;

export const schoolYearPattern = /^(\d{4})-(\d{2})$/;
export const SchoolYear = z.string().check(
  z.regex(schoolYearPattern, { error: 'must be a school year like 2025-26' }),
  z.refine(
    (value) => {
      const match = schoolYearPattern.exec(value);
      return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
    },
    { error: 'must be two consecutive years, like 2025-26' },
  ),
);
export type SchoolYear = z.infer<typeof SchoolYear>;
