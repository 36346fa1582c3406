import type { Generated } from 'kysely';

// The database as Kysely sees it. One schema for SQLite and PostgreSQL:
// booleans are 0/1 integers, times are ISO-8601 text, lists are JSON text.

export interface PlanTable {
  id: number;
  texts: string; // JSON: the plan-level texts (mission, vision, …)
  start_quarter: string;
  end_quarter: string;
}

export interface FocusAreaTable {
  id: string;
  position: number;
  name: string;
  description: string;
}

export interface PriorityTable {
  id: string;
  number: number;
  title: string;
  statement: string;
  rationale: string; // JSON string[]
}

export interface StrategyTable {
  id: string;
  priority_id: string;
  position: number;
  text: string;
}

export interface ActionTable {
  id: string;
  title: string;
  description: string;
  priority_id: string;
  focus_area_id: string;
  strategy_id: string | null;
  owner: string;
  start_quarter: string;
  due_quarter: string;
  student_groups: string; // JSON StudentGroupId[]
  version: number;
  sample: number;
  created_at: string;
  updated_at: string;
  // The read model's keys (server/db/read-model/action-keys.ts): the plan's
  // order as integers, and text folded by the domain's rules, compared bytewise.
  priority_rank: number;
  focus_area_rank: number;
  title_key: string;
  id_key: string;
  owner_key: string;
  strategy_key: string | null;
  search_text: string;
  owner_search: string;
}

// Each action's status as of each quarter of the plan, by the domain's rule.
export interface ActionStatusTable {
  action_id: string;
  quarter: string;
  // The action's cell, so its counts can be taken back after it moves.
  priority_id: string;
  focus_area_id: string;
  status: string;
  status_rank: number;
  percent_complete: number;
  // The quarter of the update that decides it; null before any.
  decided_in: string | null;
  // 1 when an update was filed for this very quarter, with its note.
  reported: number;
  note: string | null;
  // The review of this quarter: the status the quarter before (not started
  // before the plan), and whether the action is overdue or unreported (0/1).
  from_status: string;
  overdue: number;
  unreported: number;
  // The action's place in the plan's order, so the lists by status, by
  // percent and the review's lists page through an index of this table.
  priority_rank: number;
  focus_area_rank: number;
  title_key: string;
  id_key: string;
}

export interface ActionStudentGroupTable {
  action_id: string;
  student_group_id: string;
}

// How many actions of each cell stood in each status in each quarter, split
// by what the review asks of them.
export interface StatusCountTable {
  quarter: string;
  priority_id: string;
  focus_area_id: string;
  status: string;
  from_status: string;
  overdue: number;
  unreported: number;
  actions: number;
}

export interface UpdateTable {
  action_id: string;
  quarter: string;
  status: string;
  percent_complete: number;
  note: string;
  author: string;
  created_at: string;
}

export interface BenchmarkTable {
  id: string;
  priority_id: string;
  position: number;
  name: string;
  description: string;
  unit: string;
  direction: string;
  baseline_year: string;
  baseline_value: number;
  version: number;
  sample: number;
}

export interface BenchmarkYearTable {
  benchmark_id: string;
  school_year: string;
  target: number | null;
  actual: number | null;
}

export interface BenchmarkGroupValueTable {
  benchmark_id: string;
  student_group_id: string;
  school_year: string;
  actual: number | null;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  active: Generated<number>;
  must_change_password: Generated<number>;
  version: Generated<number>;
  last_sign_in_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface SignInFailureTable {
  key: string;
  failures: number;
  first_failure_at: string;
}

export interface AuditTable {
  seq: Generated<number>;
  at: string;
  user_id: string | null;
  user_email: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: string | null; // JSON
  after: string | null; // JSON
}

export interface SettingTable {
  key: string;
  value: string; // JSON
}

export interface PublicationTable {
  quarter: string;
  published: number;
  published_at: string;
  published_by: string;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
  snapshot: string; // JSON
  version: number;
}

export interface QuarterSummaryTable {
  quarter: string;
  summary: string;
  highlights: string;
  asks: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface UpdateRevisionTable {
  seq: Generated<number>;
  action_id: string;
  quarter: string;
  before: string | null; // JSON Update
  after: string; // JSON Update
  revised_at: string;
  revised_by: string;
  reason: string;
}

export interface DataRevisionTable {
  id: number;
  revision: number;
}

export interface Database {
  plan: PlanTable;
  focus_areas: FocusAreaTable;
  priorities: PriorityTable;
  strategies: StrategyTable;
  actions: ActionTable;
  updates: UpdateTable;
  action_status: ActionStatusTable;
  action_student_groups: ActionStudentGroupTable;
  status_counts: StatusCountTable;
  benchmarks: BenchmarkTable;
  benchmark_years: BenchmarkYearTable;
  benchmark_group_values: BenchmarkGroupValueTable;
  users: UserTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit: AuditTable;
  settings: SettingTable;
  publications: PublicationTable;
  quarter_summaries: QuarterSummaryTable;
  update_revisions: UpdateRevisionTable;
  data_revision: DataRevisionTable;
}
