import fc from 'fast-check';
import { ActionSort, type ActionFilters, type Update } from '../../src/contract/actions';
import { focusAreaIds, priorityIds, statusIds, studentGroupIds, type FocusAreaId, type PriorityId, type StudentGroupId } from '../../src/contract/ids';
import { pefPlan } from '../../src/domain/pef-plan';
import { addQuarters, quarterRange } from '../../src/domain/quarters';

// Random plans and queries for the property test that holds the SQL read
// model to the domain's functions: texts that differ only by case, accents,
// digits and spacing, updates that complete and then go on, replaced
// updates, edits that move actions between cells.

const { startQuarter, endQuarter } = pefPlan.period;
export const planQuarters = quarterRange(startQuarter, endQuarter);
// Updates may fall just outside the plan too: they still decide its statuses.
const updateQuarters = [addQuarters(startQuarter, -2), addQuarters(startQuarter, -1), ...planQuarters, addQuarters(endQuarter, 1)];

const fragments = ['Grade', 'grade', ' ', '9', '10', '010', 'Ánimo', 'animo', 'ZOË', 'zoe', 'é', 'e\u0301', 'Æ', '%', '_', 'x2', 'B', 'a', '\u{1F600}', 'ｚ', '"', '\\'];
const text = (maxLength: number) => fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength }).map((parts) => parts.join(''));
const owners = ['Zoë Ångström', 'zoe angstrom', 'Ana 10', 'ana 9', 'Luis_%', 'LUIS'];
const notes = ['', 'On plan.', 'Ñote 2'];

export interface ActionFieldsDraft {
  title: string;
  description: string;
  priorityId: PriorityId;
  focusAreaId: FocusAreaId;
  strategyId: string | null;
  owner: string;
  startQuarter: string;
  dueQuarter: string;
  studentGroups: StudentGroupId[];
}

export const actionFields: fc.Arbitrary<ActionFieldsDraft> = fc
  .record({
    // Often the same few titles, so ties fall to the id.
    title: fc.oneof(fc.constantFrom('Grade 9', 'grade 9', 'Grade 10', 'GRADE 09'), text(4)),
    description: text(3),
    // Few cells, so actions share them and ties reach the title and the id.
    priorityId: fc.constantFrom(priorityIds[0], priorityIds[1], 'respond-to-change' as const),
    focusAreaId: fc.constantFrom(focusAreaIds[0], focusAreaIds[3]),
    strategyPick: fc.option(fc.nat(10)),
    owner: fc.constantFrom(...owners),
    startQuarter: fc.constantFrom(...planQuarters),
    dueQuarter: fc.constantFrom(...planQuarters),
    studentGroups: fc.subarray([...studentGroupIds], { maxLength: 3 }),
  })
  .map(({ strategyPick, ...fields }) => {
    const strategies = pefPlan.priorities.find((p) => p.id === fields.priorityId)?.strategies ?? [];
    const strategy = strategyPick === null || strategies.length === 0 ? undefined : strategies[strategyPick % strategies.length];
    return { ...fields, strategyId: strategy?.id ?? null };
  });

export const updateDraft: fc.Arbitrary<Omit<Update, 'author' | 'createdAt'>> = fc.record({
  quarter: fc.constantFrom(...updateQuarters),
  status: fc.constantFrom(...statusIds),
  percentComplete: fc.integer({ min: 0, max: 100 }),
  note: fc.constantFrom(...notes),
});

export interface ActionDraft {
  idStyle: number;
  fields: ActionFieldsDraft;
  sample: boolean;
  // In order: later ones for the same quarter replace earlier ones.
  updates: Omit<Update, 'author' | 'createdAt'>[];
  edit: ActionFieldsDraft | null;
}

export const actionDraft: fc.Arbitrary<ActionDraft> = fc.record({
  idStyle: fc.nat(2),
  fields: actionFields,
  sample: fc.boolean(),
  updates: fc.array(updateDraft, { maxLength: 7 }),
  edit: fc.option(actionFields, { freq: 4 }),
});

const needle = fc.constantFrom('', 'grade', 'GRADE 9', 'zoe', 'Ångström', 'e', '%', '_', 'ana 1', '\u{1F600}', 'luis_%', 'x', 'a"b', '\\%', 'é"');

export type ListQuery = ActionFilters & { quarter: string };

export const listQuery: fc.Arbitrary<ListQuery> = fc.record(
  {
    priority: fc.constantFrom(...priorityIds),
    focusArea: fc.constantFrom(...focusAreaIds),
    status: fc.constantFrom(...statusIds),
    owner: needle,
    studentGroup: fc.constantFrom(...studentGroupIds.slice(0, 4)),
    due: fc.constantFrom(...planQuarters),
    q: needle,
    quarter: fc.constantFrom(...planQuarters),
    sort: fc.constantFrom(...ActionSort.options),
    page: fc.integer({ min: 1, max: 4 }),
    pageSize: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: ['quarter'] },
);

// A list narrowed by its text filters alone, so that most of its answers are
// not empty and the search itself decides them.
export const textQuery: fc.Arbitrary<ListQuery> = fc.record(
  {
    owner: needle,
    q: needle,
    quarter: fc.constantFrom(...planQuarters),
    sort: fc.constantFrom(...ActionSort.options),
    pageSize: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: ['quarter'] },
);
