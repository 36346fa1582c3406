import type { ActionRecord } from '../../../src/domain/action-record';
import { actionSearchText } from '../../../src/domain/action-filters';
import { planOrderKey, strategySortKey } from '../../../src/domain/sort-actions';
import { foldText, textSortKey } from '../../../src/domain/text-keys';
import type { ActionTable } from '../schema';

export type ActionKeyColumns = Pick<
  ActionTable,
  'priority_rank' | 'focus_area_rank' | 'title_key' | 'id_key' | 'owner_key' | 'strategy_key' | 'search_text' | 'owner_search'
>;

type Keyed = Pick<ActionRecord, 'id' | 'title' | 'description' | 'priorityId' | 'focusAreaId' | 'strategyId' | 'owner'>;

// What the list sorts and searches an action by, computed by the domain's
// own functions so SQL orders and matches exactly as they do. Written with
// every insert and edit of the action's row.
export function actionKeyColumns(action: Keyed): ActionKeyColumns {
  const plan = planOrderKey(action);
  return {
    priority_rank: plan.priority,
    focus_area_rank: plan.focusArea,
    title_key: plan.title,
    id_key: plan.idKey,
    owner_key: textSortKey(action.owner),
    strategy_key: strategySortKey(action),
    search_text: actionSearchText(action),
    owner_search: foldText(action.owner),
  };
}
