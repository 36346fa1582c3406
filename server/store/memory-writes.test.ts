import { describe, expect, it } from 'vitest';
import { pefPlan } from '../../src/domain/pef-plan';
import { generateSampleData } from '../../src/domain/sample/generate-sample-data';
import { addUpdate } from '../services/action-writes';
import { memoryDataOf, type MemoryData } from './memory-data';
import { memoryStore } from './memory-store';
import { memoryTransaction } from './memory-writes';

const today = new Date('2026-11-22T12:00:00Z');
const staff = { id: 'u-staff', email: 'staff@example.org', name: 'Staff', role: 'staff', mustChangePassword: false } as const;

function freshData(): MemoryData {
  const { actions, benchmarks } = generateSampleData(pefPlan, today);
  return memoryDataOf({ plan: pefPlan, actions, benchmarks });
}

describe('the in-memory store’s transactions', () => {
  it('put everything back when the work throws after writing', async () => {
    const data = freshData();
    const before = { actions: [...data.actions], benchmarks: [...data.benchmarks] };
    const [first] = data.actions;
    if (first === undefined) throw new Error('the sample data has actions');
    const failed = memoryTransaction(data, async (writes) => {
      await writes.bumpActionVersion(first.id, first.version, today.toISOString());
      await writes.upsertUpdate(first.id, { quarter: '2026-Q4', status: 'on-track', percentComplete: 5, note: '', author: 'x', createdAt: today.toISOString() });
      await writes.insertAuditRow({ at: today.toISOString(), userId: null, userEmail: 'x', operation: 'add-update', entityType: 'action', entityId: first.id, before: null, after: null });
      throw new Error('the disk is full');
    });
    await expect(failed).rejects.toThrow('the disk is full');
    expect(data.actions).toEqual(before.actions);
    expect(data.benchmarks).toEqual(before.benchmarks);
    expect(data.audit).toEqual([]);
  });

  it('keep a write and its audit row together, and refuse a stale version', async () => {
    const data = freshData();
    const store = memoryStore(() => data);
    const [first] = data.actions;
    if (first === undefined) throw new Error('the sample data has actions');
    const input = { quarter: '2026-Q4', status: 'on-track', percentComplete: 90, note: '', version: first.version } as const;
    const { detail } = await addUpdate(store, pefPlan, { user: staff, now: today }, first.id, input);
    expect(detail.version).toBe(first.version + 1);
    expect(data.audit.map((row) => [row.operation, row.entityId, row.userId])).toEqual([['add-update', first.id, staff.id]]);
    await expect(addUpdate(store, pefPlan, { user: staff, now: today }, first.id, input)).rejects.toMatchObject({ code: 'conflict' });
    expect(data.audit).toHaveLength(1);
  });
});
