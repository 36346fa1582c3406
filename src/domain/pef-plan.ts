import type { FocusArea, Plan, PlanPeriod, Priority } from '../contract/plan';
import { quarterRange } from './quarters';

// The Pasadena Educational Foundation's 2023–2027 Strategic Plan, word for
// word as published (shared/seeds). Only obvious typos of the web text are
// fixed: "ANGENCY", "Outrearch", a sentence printed twice, missing spaces,
// "unforseen", "opportunties", and the vision's missing "students" (present in
// the plan overview).

const period: PlanPeriod = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };

const focusAreas: FocusArea[] = [
  {
    id: 'strategic-alignment',
    name: 'Strategic Alignment',
    description:
      'Aligning with district stakeholders, internal and external, so that we are focused and committed to achieving a shared vision.',
  },
  {
    id: 'community-building',
    name: 'Community Building',
    description:
      'Fostering connections and creating infrastructures that build trust, engagement, and amplify our mission.',
  },
  {
    id: 'programs-projects',
    name: 'Programs & Projects',
    description:
      'Developing, aligning, executing, and expanding programs and projects connected to strategic priorities.',
  },
  {
    id: 'voice-agency',
    name: 'Voice & Agency',
    description:
      'Elevating the voices of our school community and giving students voice, responsibility, and ownership of their learning.',
  },
];

function strategies(priorityId: string, texts: string[]): Priority['strategies'] {
  return texts.map((text, index) => ({ id: `${priorityId}-${index + 1}`, text }));
}

const priorities: Priority[] = [
  {
    id: 'teachers-leaders',
    number: 1,
    title: 'ATTRACT AND RETAIN HIGH-QUALITY TEACHERS AND LEADERS',
    statement:
      'Support the district to create an environment that attracts and retains high-quality teachers and leaders particularly teachers and leaders of color',
    strategies: strategies('teachers-leaders', [
      'Develop opportunities, resources, and connections to create teacher pipelines',
      'Educate and engage community to decrease perception gap of PUSD schools',
      'Recognize, showcase, and celebrate PUSD’s diverse workforce',
      'Increase support for current and prospective teachers and leaders',
      'Amplify teacher voices',
    ]),
    rationale: [],
  },
  {
    id: 'wellness',
    number: 2,
    title: 'PROMOTE SOCIAL AND EMOTIONAL WELLNESS',
    statement: 'Promote social and emotional wellness by focusing on school climate and community',
    strategies: strategies('wellness', [
      'Support Community School practices at every school',
      'Support and deepen cross-communication with partners, students, parents, and staff',
      'Support evidence-based programs that champion the whole child',
      'Elevate student voices',
    ]),
    rationale: [],
  },
  {
    id: 'academic-benchmarks',
    number: 3,
    title: 'MEET SPECIFIC ACADEMIC BENCHMARKS',
    statement: 'Support the district in meeting one or more academic benchmarks',
    strategies: strategies('academic-benchmarks', [
      'Create and execute a framework for working with PUSD to better support academics with goals and benchmarks',
      'Establish and enhance meaningful relationships to address common challenges and leverage resources collaboratively',
      'Adopt an annual improvement project with PUSD',
      'Convene and connect stakeholders',
    ]),
    rationale: [],
  },
  {
    id: 'opportunities',
    number: 4,
    title: 'ADDRESS GAPS & EXPAND OPPORTUNITIES',
    statement:
      'Support the district to create and elevate programs that provide equitable opportunities in arts, athletics, after school, accelerated, and expanded learning',
    strategies: strategies('opportunities', [
      'Coordinate with PUSD leadership to support and augment their efforts by developing an inventory of resources and regularly assessing gaps',
      'Cultivate new and existing relationships to develop and sustain innovative and equitable programs',
      'Incubate small pilot projects at schools then help scale up the effective ones',
      'Partner with families, parent groups, and community to assess needs, develop programs, and ensure equity',
    ]),
    rationale: [],
  },
  {
    id: 'technology',
    number: 5,
    title: 'OPTIMIZE TECHNOLOGY RESOURCES',
    statement: 'Optimize technology for high-quality teaching and learning',
    strategies: strategies('technology', [
      'Collaboratively assess resource needs and utilization with PUSD focusing on gaps in opportunity, access, and equity',
      'Increase student opportunities and connections within our tech community',
      'Provide technology and data training opportunities so all teachers know how to use data and technology to improve student outcomes',
      'Build a network of community partners who are working on the “next big thing” to inform on a practical and visionary level',
    ]),
    rationale: [],
  },
  {
    id: 'respond-to-change',
    number: 6,
    title: 'RESPOND TO CHANGE',
    statement: 'Be responsive to changing circumstances, needs, and opportunities',
    strategies: [],
    rationale: [
      'As the past few years of adapting to the Covid-19 pandemic have proven, effective strategy and implementation mean finding a balance between maintaining a consistent strategic focus and adapting to changing circumstances.',
      'The Pasadena Educational Foundation was established in 1971 in response to change. The court-ordered desegregation of the Pasadena Unified School District, mandatory busing, and the flight of families opposed to school integration created a need for an independent organization to support the community’s public schools.',
      'The last five decades has seen an evolving set of challenges, organizational growth, and successes. PEF has continued to adapt and respond to the changing needs, circumstances, and opportunities in our schools and community, whether by raising money, recruiting volunteers, or by expanding student opportunities through incubating and managing new projects.',
      'By remaining nimble, PEF will continue to be able to respond to immediate and unforeseen needs, changing circumstances, and new opportunities in our district.',
    ],
  },
];

export const pefPlan: Plan = {
  organization: 'Pasadena Educational Foundation',
  shortName: 'PEF',
  title: '2023-2027 Strategic Plan',
  tagline: 'EXCELLENCE & EQUITY',
  introduction:
    'Over the past several years, PEF has engaged with our stakeholders to develop a new mission statement, vision statement, and 6 strategic priorities based on the needs of our students and how PEF is uniquely positioned to work alongside PUSD to address these needs.',
  mission: 'Working to achieve excellence and equity in all PUSD schools',
  vision:
    'All PUSD students will thrive in district schools that are models of excellence for high-quality teaching and learning with equitable resources and opportunities',
  who: 'Support all PUSD students with special emphasis on the students furthest from opportunity.',
  equityDefinition:
    'Equity in education means that no matter a student’s background, language, race, economic profile, gender, learning capability, disability or family history, each student has the opportunity to get the support and resources they need to achieve their educational goals.',
  coreValues: ['Collaboration', 'Integrity', 'Equity', 'Dedication', 'Resourcefulness', 'Impact'],
  about:
    'At the Pasadena Educational Foundation (PEF) we believe strong schools build strong communities and strong communities build strong schools. For more than 50 years, we have been committed to building dynamic community partnerships to support our public schools through fundraising, programs, and community engagement. Being a vital part of our community enables us to provide essential resources and enrichment opportunities to every student in PUSD.',
  focusAreaIntroduction:
    'To guide our actions, benchmarks, and fundraising we have developed four focus areas for each strategic priority. These are the pillars on which our strategic plan is built: Strategic Alignment, Community Building, Programs & Projects, and Voice & Agency.',
  priorityIntroduction: 'What do we want to do and how do we want to do it.',
  period,
  quarters: quarterRange(period.startQuarter, period.endQuarter),
  focusAreas,
  priorities,
};
