import { useId, useRef, useState } from 'react';
import type { Benchmark } from '../../../contract/benchmarks';
import { BenchmarkValuesForm } from './benchmark-values-form';
import './benchmark-values-editor.css';

interface BenchmarkValuesEditorProps {
  benchmark: Benchmark;
  // The plan's school years, and the one the form opens on.
  schoolYears: readonly string[];
  firstYear: string;
}

// "Edit values" opens the form in the card; saving or cancelling closes it
// and brings the focus back to the button.
export function BenchmarkValuesEditor({ benchmark, schoolYears, firstYear }: BenchmarkValuesEditorProps) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const formId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = (said: string) => {
    setOpen(false);
    setMessage(said);
    button.current?.focus();
  };
  return (
    <div className="benchmark-values-editor">
      <button
        ref={button}
        type="button"
        className="button-secondary"
        // The visible words first, then which measure (WCAG's label in name).
        aria-label={`Edit values of ${benchmark.name}`}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setMessage('');
          setOpen(!open);
        }}
      >
        Edit values
      </button>
      {open && (
        <div id={formId}>
          <BenchmarkValuesForm benchmark={benchmark} schoolYears={schoolYears} firstYear={firstYear} onSaved={close} onCancel={() => close('')} />
        </div>
      )}
      <p className="form-status" role="status">
        {message}
      </p>
    </div>
  );
}
