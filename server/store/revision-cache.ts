// Answers kept while the data revision stays the same. Each use reads the
// revision (one row by its key) and drops everything kept when it has
// moved; an answer is computed once however many requests ask at the same
// time. A caller that read an older revision than the one kept (a request
// that overlapped a write) gets a fresh answer and keeps nothing.
export interface RevisionCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface RevisionCacheOptions {
  // Past this many, everything kept is dropped. The default suits keys that
  // are few (quarters, priorities, focus areas) and only guards against a
  // caller that would make them many.
  maxEntries?: number;
  // Keep an answer only once its key is asked for a second time in the same
  // revision: where most keys are asked once (a search typed letter by
  // letter), holding every answer costs more than it saves.
  keepFromSecondAsk?: boolean;
}

export function revisionCache(readRevision: () => Promise<number>, { maxEntries = 500, keepFromSecondAsk = false }: RevisionCacheOptions = {}): RevisionCache {
  let revision = -1;
  let kept = new Map<string, Promise<unknown>>();
  let askedOnce = new Set<string>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const current = await readRevision();
      if (current < revision) return compute();
      if (current > revision || kept.size >= maxEntries) {
        revision = current;
        kept = new Map();
        askedOnce = new Set();
      }
      const known = kept.get(key);
      if (known !== undefined) return known as Promise<T>;
      if (keepFromSecondAsk && !askedOnce.has(key)) {
        // The keys asked once are bounded like the answers kept.
        if (askedOnce.size >= maxEntries) askedOnce = new Set();
        askedOnce.add(key);
        return compute();
      }
      const answer = compute();
      const entries = kept;
      entries.set(key, answer);
      // A failed answer is not kept: the next request tries again.
      answer.catch(() => entries.delete(key));
      return answer;
    },
  };
}
