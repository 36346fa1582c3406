import { describe, expect, it } from 'vitest';
import { revisionCache } from './revision-cache';

// A data revision the test moves, and an answer that counts its computations.
function setup(options?: Parameters<typeof revisionCache>[1]) {
  const state = { revision: 1, computed: 0 };
  const cache = revisionCache(async () => state.revision, options);
  const ask = (key: string) =>
    cache.get(key, async () => {
      state.computed++;
      return `${key} at ${state.revision}`;
    });
  return { state, ask, cache };
}

describe('revisionCache', () => {
  it('computes an answer once while the revision stays, and again once it moves', async () => {
    const { state, ask } = setup();
    expect(await ask('a')).toBe('a at 1');
    expect(await ask('a')).toBe('a at 1');
    expect(state.computed).toBe(1);
    state.revision = 2;
    expect(await ask('a')).toBe('a at 2');
    expect(state.computed).toBe(2);
  });

  it('computes once for requests that ask at the same time', async () => {
    const { state, ask } = setup();
    expect(await Promise.all([ask('a'), ask('a'), ask('a')])).toEqual(['a at 1', 'a at 1', 'a at 1']);
    expect(state.computed).toBe(1);
  });

  it('gives a reader of an older revision a fresh answer and keeps nothing for it', async () => {
    const { state, ask } = setup();
    state.revision = 5;
    await ask('a');
    state.revision = 4;
    expect(await ask('a')).toBe('a at 4');
    state.revision = 5;
    expect(await ask('a')).toBe('a at 5');
    expect(state.computed).toBe(2);
  });

  it('does not keep a failed answer', async () => {
    const { cache } = setup();
    let calls = 0;
    const failing = () =>
      cache.get('a', async () => {
        calls++;
        throw new Error('the database is away');
      });
    await expect(failing()).rejects.toThrow('the database is away');
    await expect(failing()).rejects.toThrow('the database is away');
    expect(calls).toBe(2);
  });

  it('drops what it keeps once it holds its most', async () => {
    const { state, ask } = setup({ maxEntries: 2 });
    await ask('a');
    await ask('b');
    await ask('c');
    await ask('a');
    expect(state.computed).toBe(4);
  });

  it('keeps an answer from its second ask when told to', async () => {
    const { state, ask } = setup({ keepFromSecondAsk: true });
    await ask('a');
    await ask('a');
    expect(state.computed).toBe(2);
    await ask('a');
    await ask('a');
    expect(state.computed).toBe(2);
    // A new revision forgets what was asked before it.
    state.revision = 2;
    await ask('a');
    await ask('a');
    await ask('a');
    expect(state.computed).toBe(4);
  });
});
