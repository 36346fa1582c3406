import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Benchmark } from '../../contract/benchmarks';
import { schoolYearsOfPeriod } from '../../domain/quarters';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useRefetch } from '../../lib/use-refetch';
import { benchmarksQueryOptions, useBenchmarks } from '../../features/benchmarks/api/get-benchmarks';
import { useCreateBenchmark } from '../../features/benchmarks/api/create-benchmark';
import { useEditBenchmark } from '../../features/benchmarks/api/edit-benchmark';
import { BenchmarkForm } from '../../features/benchmarks/components/benchmark-form';
import { benchmarkFormValuesOf, blankBenchmarkFormValues, toBenchmarkPatch, toNewBenchmark } from '../../features/benchmarks/utils/benchmark-form-values';
import { usePlan } from '../../features/plan/api/get-plan';
import { readBenchmarkParams } from './benchmarks-params';
import { FormPage, useCanWrite } from './form-page';

const refusal = 'Your role can’t add or change measures.';

// Back to the measures of the measure's priority, where it now shows.
const listOf = (benchmark: Pick<Benchmark, 'priorityId'>) => `/benchmarks?priority=${benchmark.priorityId}`;

export function NewBenchmarkRoute() {
  const plan = usePlan();
  const canWrite = useCanWrite();
  const [searchParams] = useSearchParams();
  const { priority } = readBenchmarkParams(searchParams).value;
  const create = useCreateBenchmark();
  const navigate = useNavigate();
  const schoolYears = schoolYearsOfPeriod(plan.period);
  return (
    <FormPage
      title="Add a measure"
      canWrite={canWrite}
      refusal={refusal}
      back={<Link to="/benchmarks">All benchmarks</Link>}
      lede="A measure of one of the plan’s priorities: what is measured, in which unit, where it started, and the target for each school year."
    >
      <BenchmarkForm
        plan={plan}
        schoolYears={schoolYears}
        stored={blankBenchmarkFormValues(priority)}
        submitLabel="Add the measure"
        save={async (values) => {
          const benchmark = await create.mutateAsync(toNewBenchmark(values, schoolYears));
          await navigate(listOf(benchmark), { replace: true });
        }}
        saving={create.isPending}
        error={create.error}
        cancelTo="/benchmarks"
        // A new measure has no version to clash with.
        onReload={() => undefined}
        reloading={false}
      />
    </FormPage>
  );
}

export function EditBenchmarkRoute() {
  const { id = '' } = useParams();
  const plan = usePlan();
  const canWrite = useCanWrite();
  const { items } = useBenchmarks({});
  const benchmark = items.find((b) => b.id === id);
  if (benchmark === undefined) return <MeasureNotFound id={id} />;
  return (
    <FormPage
      title={`Edit: ${benchmark.name}`}
      canWrite={canWrite}
      refusal={refusal}
      back={<Link to={listOf(benchmark)}>Back to the benchmarks</Link>}
      lede="Change what the measure is, its baseline and its targets. Its actuals are entered on the benchmarks page and stay as they are."
    >
      <EditBenchmarkForm benchmark={benchmark} schoolYears={schoolYearsOfPeriod(plan.period)} />
    </FormPage>
  );
}

function MeasureNotFound({ id }: { id: string }) {
  useDocumentTitle('Measure not found');
  return (
    <div className="form-page">
      <p className="form-page-back">
        <Link to="/benchmarks">All benchmarks</Link>
      </p>
      <h1>Measure not found</h1>
      <p className="notice">No measure has the id “{id}”: the link may be mistyped. Find the measure among all benchmarks.</p>
    </div>
  );
}

function EditBenchmarkForm({ benchmark, schoolYears }: { benchmark: Benchmark; schoolYears: readonly string[] }) {
  const plan = usePlan();
  const edit = useEditBenchmark(benchmark.id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { reloading, reload: refetch } = useRefetch(benchmarksQueryOptions({}).queryKey);
  const [notice, setNotice] = useState('');
  const reload = async () => {
    await refetch();
    edit.reset();
    const fresh = queryClient.getQueryData(benchmarksQueryOptions({}).queryKey)?.items.find((b) => b.id === benchmark.id);
    setNotice(
      fresh === undefined || fresh.version === benchmark.version
        ? 'Reloaded: the form keeps what you entered. Save it when ready.'
        : 'Reloaded with the latest version. Fields you left alone now show it; what you entered is kept. Check, then save.',
    );
  };
  return (
    <BenchmarkForm
      plan={plan}
      schoolYears={schoolYears}
      stored={benchmarkFormValuesOf(benchmark)}
      submitLabel="Save changes"
      save={async (values) => {
        setNotice('');
        const patch = toBenchmarkPatch(values, benchmark, schoolYears);
        const saved = patch === null ? benchmark : await edit.mutateAsync(patch);
        await navigate(listOf(saved), { replace: true });
      }}
      saving={edit.isPending}
      error={edit.error}
      cancelTo={listOf(benchmark)}
      onReload={() => void reload()}
      reloading={reloading}
      notice={notice}
    />
  );
}
