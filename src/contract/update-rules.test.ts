import { describe, expect, it } from 'vitest';
import { UpdateInput } from './action-writes';
import { fieldErrors } from './errors';
import { progressDropProblem, reportBefore, updateContradictions } from './update-rules';

const draft = { quarter: '2026-Q3', status: 'on-track', percentComplete: 40, note: '' } as const;

function refusedFields(input: object) {
  const result = UpdateInput.safeParse(input);
  return result.success ? null : fieldErrors(result.error.issues);
}

describe('updates that contradict themselves', () => {
  it('accepts a consistent update', () => {
    expect(updateContradictions(draft)).toEqual({});
    expect(refusedFields(draft)).toBeNull();
  });

  it('asks for completed at 100 %, refuses progress while not started, wants a reason to defer', () => {
    expect(refusedFields({ ...draft, percentComplete: 100 })).toEqual({ status: expect.stringMatching(/^must be completed when the work is 100 % done: mark it completed/) });
    expect(refusedFields({ ...draft, status: 'not-started', percentComplete: 60 })).toEqual({ percentComplete: expect.stringMatching(/^must be 0 when the status is not started/) });
    expect(refusedFields({ ...draft, status: 'deferred' })).toEqual({ note: 'is required when the status is deferred: say why, and until when' });
    expect(refusedFields({ ...draft, status: 'deferred', note: 'Funding moved to next year.' })).toBeNull();
    expect(refusedFields({ ...draft, status: 'completed', percentComplete: 90 })).toEqual({ percentComplete: 'must be 100 when the status is completed' });
    expect(refusedFields({ ...draft, status: 'off-track', note: '   ' })).toEqual({ note: expect.stringMatching(/say what is in the way/) });
  });

  it('wants a note when progress falls below the report before', () => {
    const earlier = [
      { quarter: '2026-Q1', percentComplete: 100 },
      { quarter: '2026-Q2', percentComplete: 60 },
      { quarter: '2026-Q4', percentComplete: 10 },
    ];
    const previous = reportBefore('2026-Q3', earlier);
    expect(previous).toEqual({ quarter: '2026-Q2', percentComplete: 60 });
    expect(progressDropProblem({ ...draft, percentComplete: 5 }, previous)).toBe('is required when progress falls from 60 % (2026-Q2) to 5 %: say why');
    expect(progressDropProblem({ ...draft, percentComplete: 5, note: 'Rescoped after the grant changed.' }, previous)).toBeNull();
    expect(progressDropProblem({ ...draft, percentComplete: 60 }, previous)).toBeNull();
    expect(progressDropProblem(draft, undefined)).toBeNull();
  });
});
