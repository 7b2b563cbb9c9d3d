import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './near-duplicate-index';
import { bandKeys, LSH_BANDS, signatureFromBytes, signatureSimilarity, signatureToBytes, textSignature } from './signature';

const a = 'Onze zoon gaat hier twee dagen per week naartoe. De begeleidsters zijn geduldig en er wordt veel buiten gespeeld.';
const b = 'Onze zoon gaat hier drie dagen per week naartoe. De begeleidsters zijn geduldig en er wordt vaak buiten gespeeld.';
const c = 'Het woonzorgcentrum is proper en modern, maar de maaltijden zijn eentonig en de was raakt soms zoek.';

describe('text signatures', () => {
  it('ignore case, accents, spacing and punctuation', () => {
    expect(signatureSimilarity(textSignature(a), textSignature(a.toUpperCase().replace(/\s+/g, '   ').replace(/\./g, '!')))).toBe(1);
  });
  it('estimate a high similarity for near-duplicates and a low one for other texts', () => {
    expect(signatureSimilarity(textSignature(a), textSignature(b))).toBeGreaterThan(0.6);
    expect(signatureSimilarity(textSignature(a), textSignature(c))).toBeLessThan(0.2);
  });
  it('are deterministic and survive a round trip through bytes', () => {
    const sig = textSignature(a);
    expect(textSignature(a)).toEqual(sig);
    expect(signatureFromBytes(signatureToBytes(sig))).toEqual(sig);
    expect(bandKeys(sig)).toEqual(bandKeys(textSignature(a)));
    expect(bandKeys(sig)).toHaveLength(LSH_BANDS);
  });
  it('handle empty and very short texts', () => {
    expect(signatureSimilarity(textSignature(''), textSignature('   '))).toBe(1);
    expect(textSignature('ok')).toHaveLength(64);
  });
});

describe('near-duplicate index', () => {
  it('finds a near-duplicate among many texts without returning unrelated ones', () => {
    const index = new NearDuplicateIndex(16);
    const words = ['opvang', 'juf', 'tuin', 'eten', 'slapen', 'spelen', 'ouders', 'kinderen', 'warm', 'proper', 'klein', 'groot', 'vriendelijk', 'factuur', 'app'];
    let seed = 7;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
    for (let i = 0; i < 3000; i++) index.add(textSignature(Array.from({ length: 25 }, pick).join(' ') + ` nummer ${i}`));
    const target = index.add(textSignature(a));
    const hits = index.query(textSignature(b), 0.6);
    expect(hits.map((h) => h.doc)).toEqual([target]);
    expect(index.query(textSignature(c), 0.6)).toEqual([]);
    expect(index.count).toBe(3001);
  });
});
