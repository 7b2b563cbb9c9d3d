import type { Span } from './types';

export interface SpanSource {
  /** The flag's number as the page shows it (1, 2, ...). */
  number: number;
  spans: Span[];
}

export interface Segment {
  text: string;
  /** Numbers of the flags whose evidence covers this piece of text (empty: plain text). */
  flags: number[];
  /** Numbers of the flags with a span that ends here: the place to refer to them. */
  ends: number[];
}

/** Spans that fit the text; a report made for another text must not break the page. */
export function validSpans(spans: readonly Span[] | undefined, length: number): Span[] {
  return (spans ?? []).filter(
    (span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= length,
  );
}

/**
 * Cuts a text into pieces at every span boundary, so overlapping evidence of several flags can
 * be marked without nesting: each piece knows which flags cover it.
 */
export function highlightSegments(text: string, sources: readonly SpanSource[]): Segment[] {
  const spans = sources.flatMap((source) => validSpans(source.spans, text.length).map((span) => ({ ...span, number: source.number })));
  if (spans.length === 0) return text ? [{ text, flags: [], ends: [] }] : [];

  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    const flags = [...new Set(covering.map((span) => span.number))].sort((a, b) => a - b);
    const ends = [...new Set(covering.filter((span) => span.end === to).map((span) => span.number))].sort((a, b) => a - b);
    const last = segments.at(-1);
    // Neighbours with the same flags and no reference in between read as one mark.
    if (last && last.ends.length === 0 && sameNumbers(last.flags, flags)) {
      last.text += text.slice(from, to);
      last.ends = ends;
    } else {
      segments.push({ text: text.slice(from, to), flags, ends });
    }
  }
  return segments;
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
