/** One key per decision, for editors who work through a queue with the keyboard. */
export const DECISION_SHORTCUTS: Record<string, string> = {
  publish: 'p',
  publish_edited: 'a',
  request_changes: 'w',
  reject: 'r',
  escalate: 'e',
  refer: 'd',
  keep: 'l',
  remove: 'v',
  uphold: 'b',
  overturn: 'h',
};

export const NEXT_ITEM_SHORTCUT = 'n';

/** Where the editor stores whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off). */
export const SHORTCUTS_STORAGE_KEY = 'redactie-sneltoetsen';

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key press goes to a field the editor types in: then it is text, not a shortcut. */
export function isTypingTarget(element: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}

/** The statement the reasons' templates make, in the order the reasons are listed. */
export function composeStatement(codes: readonly string[], templates: readonly { code: string; statement: string }[]): string {
  return templates
    .filter((template) => codes.includes(template.code))
    .map((template) => template.statement.trim())
    .join('\n\n');
}
