import { bandKeys, LSH_BANDS, SIGNATURE_BINS, signatureSimilarity } from './signature';

export interface NearDuplicateHit {
  /** The number `add` returned for the earlier text. */
  doc: number;
  similarity: number;
}

/**
 * An in-memory locality-sensitive hashing index over text signatures: finds the earlier texts
 * that share a band key with a new one without scanning them. The command line and the benchmark
 * use it; the API does the same with a table of band keys and an index on the key (see README).
 *
 * Storage is typed arrays (an open-addressing table of band keys, chained postings and the
 * signatures themselves), about 600 bytes per text, so that millions of texts fit.
 */
export class NearDuplicateIndex {
  private size = 0;
  private signatures: Uint32Array;
  private tableKeys: Int32Array;
  private tableHeads: Int32Array;
  private tableUsed = 0;
  private postingDoc: Int32Array;
  private postingNext: Int32Array;
  private postings = 0;

  constructor(expectedTexts = 1024) {
    const capacity = Math.max(16, expectedTexts);
    this.signatures = new Uint32Array(capacity * SIGNATURE_BINS);
    const slots = nextPowerOfTwo(capacity * LSH_BANDS * 2);
    this.tableKeys = new Int32Array(slots);
    this.tableHeads = new Int32Array(slots).fill(-1);
    this.postingDoc = new Int32Array(capacity * LSH_BANDS);
    this.postingNext = new Int32Array(capacity * LSH_BANDS);
  }

  get count(): number {
    return this.size;
  }

  /** Adds a signature and returns its document number (0, 1, 2, ...). */
  add(signature: Uint32Array): number {
    const doc = this.size++;
    if (this.size * SIGNATURE_BINS > this.signatures.length) this.signatures = grow(this.signatures, this.signatures.length * 2);
    this.signatures.set(signature.subarray(0, SIGNATURE_BINS), doc * SIGNATURE_BINS);
    const keys = bandKeys(signature);
    for (let b = 0; b < LSH_BANDS; b++) this.insert(keys[b]!, doc);
    return doc;
  }

  signature(doc: number): Uint32Array {
    return this.signatures.subarray(doc * SIGNATURE_BINS, (doc + 1) * SIGNATURE_BINS);
  }

  /** Earlier texts sharing at least one band with the signature, most similar first, at or above `minSimilarity`. */
  query(signature: Uint32Array, minSimilarity = 0, limit = 50): NearDuplicateHit[] {
    const keys = bandKeys(signature);
    const seen = new Set<number>();
    const hits: NearDuplicateHit[] = [];
    const mask = this.tableKeys.length - 1;
    for (let b = 0; b < LSH_BANDS; b++) {
      const key = keys[b]!;
      let slot = hashSlot(key) & mask;
      while (this.tableHeads[slot] !== -1 && this.tableKeys[slot] !== key) slot = (slot + 1) & mask;
      for (let p = this.tableHeads[slot]!; p !== -1; p = this.postingNext[p]!) {
        const doc = this.postingDoc[p]!;
        if (seen.has(doc)) continue;
        seen.add(doc);
        const similarity = signatureSimilarity(signature, this.signature(doc));
        if (similarity >= minSimilarity) hits.push({ doc, similarity });
      }
    }
    hits.sort((x, y) => y.similarity - x.similarity || x.doc - y.doc);
    return hits.slice(0, limit);
  }

  /** Approximate bytes held by the index. */
  get bytes(): number {
    return this.signatures.byteLength + this.tableKeys.byteLength + this.tableHeads.byteLength + this.postingDoc.byteLength + this.postingNext.byteLength;
  }

  private insert(key: number, doc: number): void {
    if ((this.tableUsed + 1) * 2 > this.tableKeys.length) this.rehash(this.tableKeys.length * 2);
    const mask = this.tableKeys.length - 1;
    let slot = hashSlot(key) & mask;
    while (this.tableHeads[slot] !== -1 && this.tableKeys[slot] !== key) slot = (slot + 1) & mask;
    if (this.tableHeads[slot] === -1) {
      this.tableKeys[slot] = key;
      this.tableUsed++;
    }
    if (this.postings >= this.postingDoc.length) {
      this.postingDoc = grow(this.postingDoc, this.postingDoc.length * 2);
      this.postingNext = grow(this.postingNext, this.postingNext.length * 2);
    }
    const p = this.postings++;
    this.postingDoc[p] = doc;
    this.postingNext[p] = this.tableHeads[slot]!;
    this.tableHeads[slot] = p;
  }

  private rehash(slots: number): void {
    const oldKeys = this.tableKeys;
    const oldHeads = this.tableHeads;
    this.tableKeys = new Int32Array(slots);
    this.tableHeads = new Int32Array(slots).fill(-1);
    const mask = slots - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === -1) continue;
      let slot = hashSlot(oldKeys[i]!) & mask;
      while (this.tableHeads[slot] !== -1) slot = (slot + 1) & mask;
      this.tableKeys[slot] = oldKeys[i]!;
      this.tableHeads[slot] = oldHeads[i]!;
    }
  }
}

function hashSlot(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

function grow<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}
