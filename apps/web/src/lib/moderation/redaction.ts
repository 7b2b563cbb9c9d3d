import { validSpans } from './highlight';
import type { Redaction } from './types';

export interface RedactionSource {
  number: number;
  category: string;
  redaction?: Redaction | Redaction[] | undefined;
}

export interface RedactionProposal {
  /** Stable within one report: "{flag number}.{index}". */
  id: string;
  flagNumber: number;
  category: string;
  start: number;
  end: number;
  /** The passage in the revision text. */
  original: string;
  replacement: string;
}

/** The proposed edits of a report, checked against the text they were made for. */
export function redactionProposals(text: string, sources: readonly RedactionSource[]): RedactionProposal[] {
  const proposals: RedactionProposal[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const list = source.redaction === undefined ? [] : Array.isArray(source.redaction) ? source.redaction : [source.redaction];
    list.forEach((redaction, index) => {
      if (typeof redaction?.replacement !== 'string' || validSpans([redaction], text.length).length === 0) return;
      const original = text.slice(redaction.start, redaction.end);
      const key = `${redaction.start}:${redaction.end}:${redaction.replacement}`;
      if (original === redaction.replacement || seen.has(key)) return;
      seen.add(key);
      proposals.push({
        id: `${source.number}.${index + 1}`,
        flagNumber: source.number,
        category: source.category,
        start: redaction.start,
        end: redaction.end,
        original,
        replacement: redaction.replacement,
      });
    });
  }
  return proposals.sort((a, b) => a.start - b.start || a.flagNumber - b.flagNumber);
}

/**
 * Applies a proposal to the text the editor is working on. Its offsets belong to the original
 * text, so they are shifted by the proposals applied before it; if the editor changed the text
 * by hand, the nearest occurrence of the passage is replaced. Null when the passage is gone.
 */
export function applyRedaction(current: string, proposal: RedactionProposal, applied: readonly RedactionProposal[]): string | null {
  const shift = applied
    .filter((other) => other.id !== proposal.id && other.end <= proposal.start)
    .reduce((sum, other) => sum + other.replacement.length - (other.end - other.start), 0);
  const expected = proposal.start + shift;
  const at = current.slice(expected, expected + proposal.original.length) === proposal.original ? expected : nearest(current, proposal.original, expected);
  if (at === null) return null;
  return current.slice(0, at) + proposal.replacement + current.slice(at + proposal.original.length);
}

function nearest(text: string, passage: string, around: number): number | null {
  let best: number | null = null;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) {
    if (best === null || Math.abs(at - around) < Math.abs(best - around)) best = at;
  }
  return best;
}
