import { DECISIONS_BY_KIND, REASON_CODES, type ModerationItemKind } from '@zorgwaardering/core';

export { REASON_CODES };
export type ItemKindForDecision = ModerationItemKind;

/** Whether a decision may be taken on this kind of item (as the API checks it). */
export const isDecisionFor = (kind: ModerationItemKind, decision: string): boolean =>
  (DECISIONS_BY_KIND[kind] as string[]).includes(decision);
