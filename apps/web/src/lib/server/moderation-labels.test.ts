import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECISIONS, REASON_CODES } from '@zorgwaardering/core';
import { AUTHOR_DECISION_LABELS, PUBLIC_DECISION_LABELS, REASON_LABELS, actionLabel } from './moderation-labels';

const catalogue = readFileSync(fileURLToPath(new URL('../../../../../moderation-rules/reason-codes.yaml', import.meta.url)), 'utf8');

/** `  code:\n    label: Text` pairs from the catalogue, without a YAML parser in the web app. */
function labelsInCatalogue(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of catalogue.matchAll(/^ {2}([a-z_]+):\n {4}label: (.+)$/gm)) labels[match[1]!] = match[2]!.trim().replace(/^"(.*)"$/, '$1');
  return labels;
}

describe('moderation labels', () => {
  it('name every reason as the catalogue in moderation-rules does', () => {
    expect(Object.keys(REASON_LABELS).sort()).toEqual([...REASON_CODES].sort());
    expect(REASON_LABELS).toEqual(labelsInCatalogue());
  });

  it('have words for every decision, for the public and for the author', () => {
    for (const decision of DECISIONS) {
      expect(PUBLIC_DECISION_LABELS[decision]).toBeTruthy();
      expect(AUTHOR_DECISION_LABELS[decision]).toBeTruthy();
    }
  });

  it('say what happened in the audit trail in Dutch', () => {
    expect(actionLabel('moderation.claimed')).toBe('In behandeling genomen');
    expect(actionLabel('moderation.publish_edited')).toBe('Beslist: Publiceren met aanpassing');
    expect(actionLabel('iets.nieuws')).toBe('iets.nieuws');
  });
});
