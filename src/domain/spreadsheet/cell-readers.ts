import { importIdPattern, importIdRule } from '../../contract/spreadsheet-import';
import type { RowDraft } from './sheet-columns';
import { typedText } from './sheet-columns';

// How the cells of an import become field values. Each reader sets its field
// on the draft and answers why the cell cannot be read, or null; rules on the
// value itself (lengths, ranges, formats) are the contract's, checked after.

export interface Choice<Id extends string> {
  readonly id: Id;
  // What a person may write instead of the id: the label the export writes first.
  readonly names: readonly string[];
}

const choiceKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

// Built once per column, not once per cell: a file may have 50,000 rows.
export function choiceLookup<Id extends string>(choices: readonly Choice<Id>[]): (cell: string) => Id | undefined {
  const ids = new Map<string, Id>();
  for (const choice of choices) for (const name of [choice.id, ...choice.names]) ids.set(choiceKey(name), choice.id);
  return (cell) => ids.get(choiceKey(cell));
}

function choiceList(choices: readonly Choice<string>[]): string {
  return choices.map((choice) => choice.names[0] ?? choice.id).join(', ');
}

export function readId(field: string) {
  return (cell: string, draft: RowDraft): string | null => {
    if (!importIdPattern.test(cell)) return cell === '' ? 'is required: it is what a later import matches the record by' : importIdRule;
    draft[field] = cell;
    return null;
  };
}

export function readText(field: string) {
  return (cell: string, draft: RowDraft): string | null => {
    draft[field] = typedText(cell);
    return null;
  };
}

export function readOptionalText(field: string) {
  return (cell: string, draft: RowDraft): string | null => {
    draft[field] = cell === '' ? null : typedText(cell);
    return null;
  };
}

export function readQuarter(field: string) {
  return (cell: string, draft: RowDraft): string | null => {
    draft[field] = cell.toUpperCase();
    return null;
  };
}

export function readChoice<Id extends string>(field: string, choices: readonly Choice<Id>[]) {
  const choiceOf = choiceLookup(choices);
  return (cell: string, draft: RowDraft): string | null => {
    const id = choiceOf(cell);
    if (id !== undefined) {
      draft[field] = id;
      return null;
    }
    return `${cell === '' ? 'is required' : `"${cell}" is not known`}: use one of ${choiceList(choices)} (or its id)`;
  };
}

// Several choices in one cell, separated by semicolons, in the order written.
export const listSeparator = '; ';

export function readChoiceList<Id extends string>(field: string, choices: readonly Choice<Id>[]) {
  const choiceOf = choiceLookup(choices);
  return (cell: string, draft: RowDraft): string | null => {
    const parts = cell.split(';').map((part) => part.trim()).filter((part) => part !== '');
    const unknown = parts.filter((part) => choiceOf(part) === undefined);
    if (unknown.length > 0) {
      return `${unknown.map((part) => `"${part}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known: use ${choiceList(choices)} (or their ids), separated by "${listSeparator}"`;
    }
    draft[field] = parts.map(choiceOf);
    return null;
  };
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

// A number as a spreadsheet shows it; empty is null when the field may be empty.
export function readNumber(field: string, optional: boolean) {
  return (cell: string, draft: RowDraft): string | null => {
    if (cell === '') {
      if (optional) draft[field] = null;
      return optional ? null : 'is required: enter a number';
    }
    const plain = cell.replaceAll(',', '');
    if (!numberPattern.test(plain)) return `"${cell}" is not a number: write it like 42 or 12.5`;
    draft[field] = Number(plain);
    return null;
  };
}
