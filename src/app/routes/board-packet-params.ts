import { fieldErrors } from '../../contract/errors';
import { QuarterKey } from '../../contract/quarter-key';

export const appendixParts = ['overdue', 'missing'] as const;
export type AppendixPart = (typeof appendixParts)[number];

// `?appendix=overdue,missing` (the default: both); `?appendix=none` leaves it out.
export function readAppendix(value: string | null): AppendixPart[] {
  if (value === null) return [...appendixParts];
  return appendixParts.filter((part) => value.split(',').includes(part));
}

export function writeAppendix(parts: readonly AppendixPart[]): string {
  return parts.length === 0 ? 'none' : appendixParts.filter((p) => parts.includes(p)).join(',');
}

export function readPacketQuarter(raw: string | undefined): { ok: true; quarter: string } | { ok: false; problem: string } {
  const parsed = QuarterKey.safeParse(raw ?? '');
  if (parsed.success) return { ok: true, quarter: parsed.data };
  return { ok: false, problem: `"${raw ?? ''}" ${Object.values(fieldErrors(parsed.error.issues))[0] ?? 'is not a quarter'}` };
}
