// Types of amounts.js for the build (loaders/explainer.ts imports it).
export interface AmountGroupsResult {
  rows: Array<Record<string, unknown>>;
  crowded: boolean;
}
export function amountGroups(quantities: object[], articles?: Array<{ article_id: string; outlet: string }>): AmountGroupsResult;
export function groupAmounts(quantities: object[], articles?: Array<{ article_id: string; outlet: string }>, options?: { byClaimant?: boolean }): Array<Record<string, unknown>>;
export function countedLabel(quantity: object): string;
