import * as z from 'zod/mini';

// How much of the plan's data is the invented sample that the demo starts
// with: while any remains, the app labels it; clearing it removes all of it.
export const SampleData = z.object({
  actions: z.int().check(z.gte(0)),
  updates: z.int().check(z.gte(0)),
  benchmarks: z.int().check(z.gte(0)),
});
export type SampleData = z.infer<typeof SampleData>;

export function hasSampleData(counts: SampleData): boolean {
  return counts.actions + counts.updates + counts.benchmarks > 0;
}
