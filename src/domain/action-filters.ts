import type { Action, ActionFilters } from '../contract/actions';

function includesFolded(haystack: string, needle: string): boolean {
  return haystack.toLocaleLowerCase('en-US').includes(needle.toLocaleLowerCase('en-US'));
}

// One rule for the API, the mock API and the client: every given filter must
// hold. `q` searches title, description and owner; `owner` matches a part of
// the owner's name. Both ignore case.
export function matchesFilters(action: Action, filters: ActionFilters): boolean {
  if (filters.priority !== undefined && action.priorityId !== filters.priority) return false;
  if (filters.focusArea !== undefined && action.focusAreaId !== filters.focusArea) return false;
  if (filters.status !== undefined && action.status !== filters.status) return false;
  if (filters.owner && !includesFolded(action.owner, filters.owner)) return false;
  if (filters.q) {
    const text = `${action.title}\n${action.description}\n${action.owner}`;
    if (!includesFolded(text, filters.q)) return false;
  }
  return true;
}
