import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
  it('resolves after the current task, not within it', async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(order).toEqual(['microtask']);
    await next;
    expect(order).toEqual(['microtask', 'next task']);
  });
});
