/**
 * A short-lived memory of search results: a typo-tolerant search can rank every candidate, and
 * people search for the same things again and again. A facility and its reviews are read straight
 * from the database: they are cheap, and each is asked for too rarely to be found here. The
 * process that changes public content (an editorial decision, a withdrawal) clears it at once;
 * another process's change shows within `ttlMs`. Callers asking for the same key while it loads
 * share one load; a failed load is not remembered. With `ttlMs` 0 nothing is kept. At most
 * `maxEntries` results are kept (the oldest go first): a large heap costs every request in garbage
 * collection.
 */
export class SearchCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
    private readonly maxEntries = 2_000,
  ) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const now = this.now().getTime();
    const found = this.entries.get(key);
    if (found && found.expires > now) return found.value as Promise<T>;

    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { expires: now + this.ttlMs, value });
    // Oldest first: Map keeps insertion order.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets everything: public content has changed. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
