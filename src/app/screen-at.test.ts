import { describe, expect, it } from 'vitest';
import { screenAt } from './router';

// The screen a cold load opens on is found from its path, as the routes find it.
describe('screenAt', () => {
  it('finds the screen a path opens, with its parameters and query', () => {
    const found = screenAt('/actions/a-017', '?from=list');
    expect(found?.at.params).toEqual({ id: 'a-017' });
    expect(found?.at.search.get('from')).toBe('list');
    expect(screenAt('/review/2026-Q3/packet', '')?.at.params).toEqual({ quarter: '2026-Q3' });
  });

  it('takes a fixed path before a parameter, as the routes do', () => {
    expect(screenAt('/actions/new', '')?.Screen).not.toBe(screenAt('/actions/a-001', '')?.Screen);
    expect(screenAt('/actions/new', '')?.at.params).toEqual({});
  });

  it('knows the sign-in screen, and no screen for the overview or an unknown path', () => {
    expect(screenAt('/sign-in', '?next=%2F')).toBeDefined();
    expect(screenAt('/', '')).toBeUndefined();
    expect(screenAt('/no/such/page', '')).toBeUndefined();
  });
});
