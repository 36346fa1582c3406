import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path of this app, with its query', () => {
    expect(safeNextPath('/actions?status=at-risk')).toBe('/actions?status=at-risk');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/sign-in?next=/x'])(
    'sends "%s" to the overview instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});
