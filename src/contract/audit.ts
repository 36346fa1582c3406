import * as z from 'zod/mini';
import { RecordId } from './plain-text';

// GET /api/audit (admins only): who changed what, when, newest first.

export const auditOperations = [
  'create-action',
  'edit-action',
  'add-update',
  'replace-update',
  'set-benchmark-value',
  'create-benchmark',
  'edit-benchmark',
  'publish-quarter',
  'reopen-quarter',
  'save-summary',
  'set-reporting-settings',
  'create-user',
  'edit-user',
  'reset-password',
  'change-password',
  'import',
  'clear-sample-data',
] as const;
export const AuditOperation = z.enum(auditOperations);
export type AuditOperation = z.infer<typeof AuditOperation>;

// An update is part of its action: its entries are the action's. An import
// or the clearing of the sample data is one entry for the plan as a whole.
export const auditEntityTypes = ['action', 'benchmark', 'quarter', 'setting', 'user', 'plan'] as const;
export const AuditEntityType = z.enum(auditEntityTypes);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

const Snapshot = z.nullable(z.record(z.string(), z.unknown()));

export const AuditEntry = z.object({
  // Increasing with every write: the order the changes were made in.
  seq: z.int().check(z.gte(1)),
  at: z.iso.datetime(),
  userId: z.nullable(z.string()),
  userEmail: z.string(),
  operation: AuditOperation,
  entityType: AuditEntityType,
  entityId: z.string(),
  // The changed fields before and after (null before a creation).
  before: Snapshot,
  after: Snapshot,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({
  items: z.array(AuditEntry),
  // Every entry matching the filters, of which `items` holds one page of `limit`, newest first.
  total: z.int().check(z.gte(0)),
});
export type AuditList = z.infer<typeof AuditList>;

export const auditLimit = { default: 100, max: 500 } as const;
const limitError = `must be a whole number from 1 to ${auditLimit.max}`;

const pageError = 'must be a whole number of 1 or more';
const dateError = 'must be a date like 2026-11-22';
// A calendar day in UTC, as the audit's times are.
const AuditDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: dateError }),
  z.refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), { error: dateError }),
);

export const AuditFilters = z
  .object({
    entityType: z.optional(AuditEntityType),
    entityId: z.optional(RecordId),
    operation: z.optional(AuditOperation),
    // The person who made the change, by the email the entry records.
    userEmail: z.optional(z.string().check(z.trim(), z.minLength(1, { error: 'is required' }), z.maxLength(254, { error: 'is too long' }))),
    // Both days included.
    from: z.optional(AuditDay),
    to: z.optional(AuditDay),
    limit: z.optional(
      z.coerce.number({ error: limitError }).check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= auditLimit.max, { error: limitError })),
    ),
    page: z.optional(z.coerce.number({ error: pageError }).check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, { error: pageError }))),
  })
  .check(z.refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { error: 'must not be before the from date', path: ['to'] }));
export type AuditFilters = z.infer<typeof AuditFilters>;
