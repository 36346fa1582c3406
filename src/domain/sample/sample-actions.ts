import type { Update } from '../../contract/actions';
import type { StatusId } from '../../contract/ids';
import type { Plan } from '../../contract/plan';
import type { ActionRecord } from '../action-record';
import { addQuarters, compareQuarters, quarterEndDate, quarterRange } from '../quarters';
import { actionCatalog, noteTemplates, owners } from './catalog';
import { createRandom, type Random } from './random';

// How an action's quarterly reports unfold. The mix gives the dashboard what a
// real plan has: most work on track, some late, some stalled, a few deferred.
type Course = 'steady' | 'early' | 'bumpy' | 'stalled' | 'late' | 'deferred';
const courses: readonly (readonly [Course, number])[] = [
  ['steady', 0.45],
  ['early', 0.06],
  ['bumpy', 0.22],
  ['stalled', 0.08],
  ['late', 0.14],
  ['deferred', 0.05],
];

function pickCourse(random: Random): Course {
  let roll = random.next();
  for (const [course, weight] of courses) {
    roll -= weight;
    if (roll < 0) return course;
  }
  return 'steady';
}

interface Step {
  readonly status: StatusId;
  readonly gain: number;
}

function step(course: Course, index: number, length: number, turn: number, pastDue: boolean, random: Random): Step {
  const pace = 100 / length;
  switch (course) {
    case 'steady':
      return { status: 'on-track', gain: pace * (0.85 + random.next() * 0.3) };
    case 'early':
      return { status: 'on-track', gain: pace * 1.6 };
    case 'bumpy':
      return index === turn || index === turn + 1
        ? { status: 'at-risk', gain: pace * 0.3 }
        : { status: 'on-track', gain: pace * 1.15 };
    case 'stalled':
      if (index < turn) return { status: 'on-track', gain: pace * 0.9 };
      return { status: index === turn ? 'at-risk' : 'off-track', gain: random.int(0, 2) };
    case 'late':
      return pastDue ? { status: random.chance(0.75) ? 'at-risk' : 'off-track', gain: 2 } : { status: 'on-track', gain: pace * 0.7 };
    case 'deferred':
      return index < turn ? { status: 'on-track', gain: pace * 0.8 } : { status: 'deferred', gain: 0 };
  }
}

function createdAt(quarter: string, random: Random, today: Date): string {
  const reported = quarterEndDate(quarter).getTime() + random.int(3, 20) * 86_400_000 + 17 * 3_600_000;
  return new Date(Math.min(reported, today.getTime())).toISOString();
}

function reportUpdates(
  start: string,
  due: string,
  lastReported: string | null,
  owner: string,
  random: Random,
  today: Date,
): Update[] {
  const quarters = lastReported === null ? [] : quarterRange(start, lastReported);
  const length = quarterRange(start, due).length;
  const course = pickCourse(random);
  const turn = random.int(1, Math.max(1, length - 1));
  // Some stalled actions also stop reporting: their last word is quarters old.
  const silentAfter = course === 'stalled' && random.chance(0.5) ? turn + 1 : Number.POSITIVE_INFINITY;
  const updates: Update[] = [];
  let progress = 0;
  for (const [index, quarter] of quarters.entries()) {
    if (index > silentAfter) break;
    const pastDue = compareQuarters(quarter, due) > 0;
    const { status, gain } = step(course, index, length, turn, pastDue, random);
    progress = Math.min(99, progress + gain);
    const finishes = status === 'on-track' && (progress >= 96 || (!pastDue && compareQuarters(quarter, due) === 0 && course !== 'late'));
    const final: StatusId = finishes ? 'completed' : status;
    updates.push({
      quarter,
      status: final,
      percentComplete: final === 'completed' ? 100 : Math.round(progress),
      note: random.pick(noteTemplates[final]),
      author: owner,
      createdAt: createdAt(quarter, random, today),
    });
    if (final === 'completed') break;
  }
  return updates;
}

export function sampleActions(plan: Plan, lastReported: string | null, random: Random, today: Date): ActionRecord[] {
  const actions: ActionRecord[] = [];
  for (const priority of plan.priorities) {
    for (const focusArea of plan.focusAreas) {
      for (const template of actionCatalog[priority.id][focusArea.id]) {
        // Most work began in the plan's first two and a half years; a few actions are still to come.
        const startOffset = random.chance(0.1) ? random.int(12, 13) : random.int(0, 9);
        const drawn = addQuarters(plan.period.startQuarter, startOffset);
        const start = template.notBefore !== undefined && compareQuarters(drawn, template.notBefore) < 0 ? template.notBefore : drawn;
        const dueCandidate = addQuarters(start, random.int(3, 10));
        const due = compareQuarters(dueCandidate, plan.period.endQuarter) > 0 ? plan.period.endQuarter : dueCandidate;
        const owner = random.pick(owners);
        const strategy = template.strategyIndex === null ? undefined : priority.strategies[template.strategyIndex];
        // Reports come from the action's own stream: how many quarters are
        // reported then changes neither its earlier reports nor later actions.
        const reports = createRandom(Math.floor(random.next() * 4294967296));
        actions.push({
          id: `a-${String(actions.length + 1).padStart(3, '0')}`,
          title: template.title,
          description: template.description,
          priorityId: priority.id,
          focusAreaId: focusArea.id,
          strategyId: strategy?.id ?? null,
          owner,
          startQuarter: start,
          dueQuarter: due,
          studentGroups: [...template.studentGroups],
          version: 1,
          sample: true,
          updates: reportUpdates(start, due, lastReported, owner, reports, today),
        });
      }
    }
  }
  return actions;
}
