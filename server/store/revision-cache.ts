// Answers kept while the data revision stays the same. Each use reads the
// revision (one row by its key) and drops everything kept when it has
// moved; an answer is computed once however many requests ask at the same
// time. A caller that read an older revision than the one kept (a request
// that overlapped a write) gets a fresh answer and keeps nothing.
export interface RevisionCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

// The keys are few (quarters, priorities, focus areas); the bound only
// guards against a caller that would make them many.
const maxEntries = 500;

export function revisionCache(readRevision: () => Promise<number>): RevisionCache {
  let revision = -1;
  let kept = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const current = await readRevision();
      if (current < revision) return compute();
      if (current > revision || kept.size >= maxEntries) {
        revision = current;
        kept = new Map();
      }
      const known = kept.get(key);
      if (known !== undefined) return known as Promise<T>;
      const answer = compute();
      const entries = kept;
      entries.set(key, answer);
      // A failed answer is not kept: the next request tries again.
      answer.catch(() => entries.delete(key));
      return answer;
    },
  };
}
