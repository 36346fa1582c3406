import { describe, expect, it } from 'vitest';
import { Plan } from '../../src/contract/plan';
import { pefPlan } from '../../src/domain/pef-plan';
import { getError, getJson } from '../../tests/api-fetch';

describe('GET /api/plan', () => {
  it('gives the plan’s own texts in the contract’s shape', async () => {
    const { status, body } = await getJson('/api/plan');
    expect(status).toBe(200);
    const plan = Plan.parse(body);
    expect(plan).toEqual(pefPlan);
  });

  it('has the plan period with its 16 quarters, 4 focus areas and 6 priorities in the plan’s order', async () => {
    const plan = Plan.parse((await getJson('/api/plan')).body);
    expect(plan.period).toEqual({ startQuarter: '2023-Q3', endQuarter: '2027-Q2' });
    expect(plan.quarters).toHaveLength(16);
    expect(plan.quarters[0]).toBe('2023-Q3');
    expect(plan.quarters.at(-1)).toBe('2027-Q2');
    expect(plan.focusAreas.map((f) => f.id)).toEqual(['strategic-alignment', 'community-building', 'programs-projects', 'voice-agency']);
    expect(plan.priorities.map((p) => p.id)).toEqual([
      'teachers-leaders',
      'wellness',
      'academic-benchmarks',
      'opportunities',
      'technology',
      'respond-to-change',
    ]);
    expect(plan.priorities.find((p) => p.id === 'respond-to-change')?.strategies).toEqual([]);
  });
});

describe('the rest of /api', () => {
  it('answers health', async () => {
    expect(await getJson('/api/health')).toEqual({ status: 200, body: { ok: true } });
  });

  it.each(['/api/nothing-here', '/api/actions/a-001/comments', '/api/'])('answers %s with a 404 in the error shape', async (path) => {
    const error = await getError(path, 404, 'not_found');
    expect(error.fields).toBeUndefined();
  });
});
