import type { Action, ActionFilters } from '../contract/actions';
import { compareQuarters } from './quarters';

// toLowerCase is the root locale's mapping, the same as en-US's, and much
// faster over thousands of actions than toLocaleLowerCase.
function includesFolded(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase());
}

// One rule for the API, the mock API and the client: every given filter must
// hold. `q` searches title, description and owner; `owner` matches a part of
// the owner's name. Both ignore case. `studentGroup` keeps the actions that
// name the group; `due` those due in that quarter or before it.
export function matchesFilters(action: Action, filters: ActionFilters): boolean {
  if (filters.priority !== undefined && action.priorityId !== filters.priority) return false;
  if (filters.focusArea !== undefined && action.focusAreaId !== filters.focusArea) return false;
  if (filters.status !== undefined && action.status !== filters.status) return false;
  if (filters.studentGroup !== undefined && !action.studentGroups.includes(filters.studentGroup)) return false;
  if (filters.due !== undefined && compareQuarters(action.dueQuarter, filters.due) > 0) return false;
  if (filters.owner && !includesFolded(action.owner, filters.owner)) return false;
  if (filters.q) {
    const text = `${action.title}\n${action.description}\n${action.owner}`;
    if (!includesFolded(text, filters.q)) return false;
  }
  return true;
}
