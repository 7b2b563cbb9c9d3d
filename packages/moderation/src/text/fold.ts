/**
 * Case and accent folding that keeps every UTF-16 offset: `fold(text)[i]` is the folded form of
 * `text[i]`, so a match in the folded text is a span in the original text.
 */
let table: Uint16Array | undefined;

const EXTRA: Record<string, string> = {
  '\u2019': "'", // right single quote, as in ’s avonds
  '\u2018': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u0133': 'y', // the ligature ĳ reads as ij; one unit must stay one unit
  '\u0132': 'y',
};

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    const extra = EXTRA[ch];
    if (extra) {
      t[c] = extra.charCodeAt(0);
      continue;
    }
    let out = c;
    const lower = ch.toLowerCase();
    if (lower.length === 1) out = lower.charCodeAt(0);
    if (out >= 0xc0 && out < 0x250) {
      const decomposed = String.fromCharCode(out).normalize('NFD');
      if (decomposed.length > 1 && decomposed.charCodeAt(0) < 0x80) out = decomposed.charCodeAt(0);
    }
    t[c] = out;
  }
  return t;
}

/** The folding table: `foldTable()[c]` is the folded code unit of `c`. */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

export function fold(text: string): string {
  table ??= buildTable();
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = table[text.charCodeAt(i)]!;
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}
