import type { Action, ActionFilters } from '../contract/actions';
import { compareQuarters } from './quarters';
import { foldText, includesFolded } from './text-keys';

// What `q` searches, folded once: the database stores it beside the action.
export function actionSearchText(action: Pick<Action, 'title' | 'description' | 'owner'>): string {
  return foldText(`${action.title}\n${action.description}\n${action.owner}`);
}

// One rule for the API, the mock API and the client: every given filter must
// hold. `q` searches title, description and owner; `owner` matches a part of
// the owner's name. Both ignore case and accents. `studentGroup` keeps the actions that
// name the group; `due` those due in that quarter or before it.
export function matchesFilters(action: Action, filters: ActionFilters): boolean {
  if (filters.priority !== undefined && action.priorityId !== filters.priority) return false;
  if (filters.focusArea !== undefined && action.focusAreaId !== filters.focusArea) return false;
  if (filters.status !== undefined && action.status !== filters.status) return false;
  if (filters.studentGroup !== undefined && !action.studentGroups.includes(filters.studentGroup)) return false;
  if (filters.due !== undefined && compareQuarters(action.dueQuarter, filters.due) > 0) return false;
  if (filters.owner && !includesFolded(foldText(action.owner), filters.owner)) return false;
  if (filters.q && !includesFolded(actionSearchText(action), filters.q)) return false;
  return true;
}
