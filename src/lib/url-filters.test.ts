import { describe, expect, it } from 'vitest';
import { ActionFilters } from '../contract/actions';
import { readUrlFilters } from './url-filters';

const keys = ['priority', 'focusArea', 'status', 'owner', 'q', 'quarter'] as const;
const read = (search: string) => readUrlFilters(new URLSearchParams(search), ActionFilters, keys);

describe('readUrlFilters', () => {
  it('keeps every valid parameter and ignores nothing', () => {
    expect(read('?priority=wellness&focusArea=voice-agency&status=at-risk&owner=Ani&q=tutoring&quarter=2025-Q3')).toEqual({
      value: { priority: 'wellness', focusArea: 'voice-agency', status: 'at-risk', owner: 'Ani', q: 'tutoring', quarter: '2025-Q3' },
      ignored: {},
    });
  });

  it('drops an invalid parameter, keeps the rest, and says which value was ignored and why', () => {
    const { value, ignored } = read('?priority=happiness&status=at-risk&quarter=2025-Q3');
    expect(value).toEqual({ status: 'at-risk', quarter: '2025-Q3' });
    expect(ignored).toEqual({
      priority:
        '"happiness" must be one of: teachers-leaders, wellness, academic-benchmarks, opportunities, technology, respond-to-change',
    });
  });

  it('reports each invalid parameter separately', () => {
    const { value, ignored } = read(`?quarter=2025-Q7&focusArea=fun&q=${'x'.repeat(201)}&owner=Kenji`);
    expect(value).toEqual({ owner: 'Kenji' });
    expect(Object.keys(ignored).sort()).toEqual(['focusArea', 'q', 'quarter']);
    expect(ignored.quarter).toBe('"2025-Q7" must be a quarter like 2025-Q3');
    expect(ignored.focusArea).toMatch(/^"fun" must be one of: strategic-alignment, /);
    expect(ignored.q).toMatch(/must be at most 200 characters$/);
  });

  it('ignores parameters it was not asked to read', () => {
    expect(read('?utm_source=email&page=2&priority=technology')).toEqual({ value: { priority: 'technology' }, ignored: {} });
    expect(readUrlFilters(new URLSearchParams('?priority=nope&status=done'), ActionFilters, ['status'])).toMatchObject({
      value: {},
      ignored: { status: expect.stringMatching(/^"done" must be one of: /) },
    });
  });

  it('treats an empty value as not given', () => {
    expect(read('?priority=&status=&q=&quarter=2024-Q4')).toEqual({ value: { quarter: '2024-Q4' }, ignored: {} });
  });

  it('reads the first of a repeated parameter', () => {
    expect(read('?priority=wellness&priority=technology').value).toEqual({ priority: 'wellness' });
  });

  it('trims free text as the contract does', () => {
    expect(read('?q=%20%20arts%20').value).toEqual({ q: 'arts' });
  });
});
