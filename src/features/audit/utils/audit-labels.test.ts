import { describe, expect, it } from 'vitest';
import { auditOperations } from '../../../contract/audit';
import { auditFieldLabel, auditOperationLabels } from './audit-labels';

describe('the audit in words', () => {
  it('names every kind of change', () => {
    for (const operation of auditOperations) expect(auditOperationLabels[operation]).toMatch(/^[A-Z]/);
  });

  it('names a field, keeping the rest of its path as stored', () => {
    expect(auditFieldLabel('dueQuarter')).toBe('Due quarter');
    expect(auditFieldLabel('target.2025-26')).toBe('Target › 2025-26');
    expect(auditFieldLabel('created')).toBe('Created');
    expect(auditFieldLabel('updates')).toBe('Updates');
    expect(auditFieldLabel('somethingNew')).toBe('somethingNew');
  });
});
