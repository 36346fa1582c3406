import { schoolYearOfQuarter } from '../../../domain/quarters';

export interface SchoolYearGroup {
  schoolYear: string;
  // Where the group starts among the quarters, and how many it holds.
  start: number;
  size: number;
}

// Consecutive quarters of the same school year (July to June), in order.
export function schoolYearGroups(quarters: readonly string[]): SchoolYearGroup[] {
  const groups: SchoolYearGroup[] = [];
  quarters.forEach((quarter, index) => {
    const schoolYear = schoolYearOfQuarter(quarter);
    const current = groups.at(-1);
    if (current?.schoolYear === schoolYear) current.size += 1;
    else groups.push({ schoolYear, start: index, size: 1 });
  });
  return groups;
}
