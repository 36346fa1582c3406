import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Overview } from '../../src/contract/overview';
import { QuarterlyReview, reviewListIds } from '../../src/contract/review';
import { actionAsOf } from '../../src/domain/action-record';
import { pefPlan } from '../../src/domain/pef-plan';
import { quarterlyReview as fullReview } from '../../src/domain/quarterly-review';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { sampleData, sampleStores } from '../testing/sample-stores';
import { testToday } from '../testing/test-app';
import { actionDetail, listActions } from './action-queries';
import { exportActions } from './exports';
import { overview } from './overview';
import { quarterlyReview, reviewListPage } from './review';

const sample = sampleData;

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string; fields?: Record<string, string> | undefined }> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message, fields: error.fields };
}

// The same services over both stores, on the same sample data: the shared
// rules must hold whichever store answers.
for (const { name, skip, open } of sampleStores) describe.skipIf(skip)(`the read services over ${name}`, () => {
  let store: Store;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await open());
  });
  afterAll(() => close());

  it('are as of the latest ended quarter when none is asked for and none is published', async () => {
    const list = await listActions(store, {}, testToday);
    expect(list).toMatchObject({ asOf: '2026-Q3', latestReported: '2026-Q3', total: sample.actions.length });
    expect((await actionDetail(store, { id: 'a-001' }, {}, testToday)).asOf).toBe('2026-Q3');
    expect((await overview(store, {}, testToday)).asOf).toBe('2026-Q3');
    expect((await exportActions(store, 'csv', {}, testToday)).fileName).toContain('2026-Q3');
  });

  it('refuse a quarter outside the plan period with one message, naming the field', async () => {
    const expected = { code: 'bad_request', message: 'Invalid query parameter: quarter', fields: { quarter: 'must be within the plan period, 2023-Q3 to 2027-Q2' } };
    expect(await refusal(listActions(store, { quarter: '2031-Q1' }, testToday))).toEqual(expected);
    expect(await refusal(actionDetail(store, { id: 'a-001' }, { quarter: '2023-Q2' }, testToday))).toEqual(expected);
    expect(await refusal(overview(store, { quarter: '2027-Q3' }, testToday))).toEqual(expected);
    expect(await refusal(exportActions(store, 'xlsx', { quarter: '2031-Q1' }, testToday))).toEqual(expected);
  });

  it('count the overview’s 24 cells as of the asked quarter, in a small answer', async () => {
    const answer = Overview.parse(await overview(store, { quarter: '2025-Q2' }, testToday));
    expect(answer.cells).toHaveLength(24);
    const onTrack = sample.actions.filter((r) => actionAsOf(r, '2025-Q2').status === 'on-track').length;
    expect(answer.total['on-track']).toBe(onTrack);
    expect(answer).toMatchObject({ asOf: '2025-Q2', latestReported: '2026-Q3', sample: true });
    expect(JSON.stringify(answer).length).toBeLessThan(10_000);
  });

  it('answer the review with each list’s first page and total, and page the rest', async () => {
    const full = fullReview(sample.actions, sample.benchmarks, pefPlan.period, '2026-Q3');
    const review = QuarterlyReview.parse(await quarterlyReview(store, { quarter: '2026-Q3' }));
    expect(review).toEqual(full);
    const pages = [];
    for (let page = 1; page <= Math.ceil(full.changes.length / 4); page += 1) pages.push(await reviewListPage(store, { quarter: '2026-Q3', list: 'changes' }, { page: String(page), pageSize: '4' }));
    expect(pages.flatMap((p) => p.items)).toEqual(full.changes);
    expect(pages[0]).toMatchObject({ quarter: '2026-Q3', list: 'changes', total: full.changes.length, page: 1, pageSize: 4 });
    for (const list of reviewListIds) expect(review.listTotals[list]).toBe(full[list].length);
  });

  it('refuse a review list or quarter that does not exist, naming the field', async () => {
    expect((await refusal(reviewListPage(store, { quarter: '2026-Q3', list: 'bogus' }, {}))).fields).toHaveProperty('list');
    expect((await refusal(reviewListPage(store, { quarter: '2026-Q3', list: 'changes' }, { pageSize: '0' }))).fields).toEqual({ pageSize: 'must be at least 1' });
    expect((await refusal(quarterlyReview(store, { quarter: '2026-Q4' }))).fields?.quarter).toMatch(/^has not been reported yet/);
  });
});
