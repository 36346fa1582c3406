import { OverviewQuery, type Overview } from '../../src/contract/overview';
import { matrixOfCells } from '../../src/domain/overview';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { resolveAsOf } from './read-scope';

// The overview's headline counts and the 24 cells, as of the asked quarter;
// its size does not depend on how many actions the plan has.
export async function overview(store: Store, query: unknown, now: Date): Promise<Overview> {
  const asked = parseInput(OverviewQuery, query, 'query parameter');
  const { quarter, latestReported } = await resolveAsOf(store, asked.quarter, now);
  const { cells, sample } = await store.reads.overview(quarter);
  return { asOf: quarter, latestReported, total: matrixOfCells(cells).total, cells, sample };
}
