import * as z from 'zod/mini';

// The stable ids of ARCHITECTURE.md: URLs, the API and tests all use them, so
// they never change once published. Labels are for display only.

export const focusAreaIds = [
  'strategic-alignment',
  'community-building',
  'programs-projects',
  'voice-agency',
] as const;
export const FocusAreaId = z.enum(focusAreaIds);
export type FocusAreaId = z.infer<typeof FocusAreaId>;

export const priorityIds = [
  'teachers-leaders',
  'wellness',
  'academic-benchmarks',
  'opportunities',
  'technology',
  'respond-to-change',
] as const;
export const PriorityId = z.enum(priorityIds);
export type PriorityId = z.infer<typeof PriorityId>;

export const statusIds = [
  'not-started',
  'on-track',
  'at-risk',
  'off-track',
  'completed',
  'deferred',
] as const;
export const StatusId = z.enum(statusIds);
export type StatusId = z.infer<typeof StatusId>;

export const statusLabels: Record<StatusId, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  completed: 'Completed',
  deferred: 'Deferred',
};

// The student groups of the California School Dashboard, plus all students.
export const studentGroupIds = [
  'all-students',
  'english-learners',
  'foster-youth',
  'homeless-youth',
  'socioeconomically-disadvantaged',
  'students-with-disabilities',
  'african-american',
  'american-indian-alaska-native',
  'asian',
  'filipino',
  'hispanic',
  'pacific-islander',
  'two-or-more-races',
  'white',
] as const;
export const StudentGroupId = z.enum(studentGroupIds);
export type StudentGroupId = z.infer<typeof StudentGroupId>;

export const studentGroupLabels: Record<StudentGroupId, string> = {
  'all-students': 'All students',
  'english-learners': 'English learners',
  'foster-youth': 'Foster youth',
  'homeless-youth': 'Homeless youth',
  'socioeconomically-disadvantaged': 'Socioeconomically disadvantaged (low-income)',
  'students-with-disabilities': 'Students with disabilities',
  'african-american': 'African American',
  'american-indian-alaska-native': 'American Indian or Alaska Native',
  asian: 'Asian',
  filipino: 'Filipino',
  hispanic: 'Hispanic or Latino',
  'pacific-islander': 'Pacific Islander',
  'two-or-more-races': 'Two or more races',
  white: 'White',
};
