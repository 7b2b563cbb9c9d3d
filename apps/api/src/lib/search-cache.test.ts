import { describe, expect, it } from 'vitest';
import { SearchCache } from './search-cache';

describe('SearchCache', () => {
  const clock = () => {
    let t = 0;
    return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
  };

  it('loads a key once while it is fresh, and again once it has expired', async () => {
    const time = clock();
    const cache = new SearchCache(1000, time.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.read('a', load), cache.read('a', load)])).toEqual([1, 1]);
    time.advance(999);
    expect(await cache.read('a', load)).toBe(1);
    time.advance(1);
    expect(await cache.read('a', load)).toBe(2);
  });

  it('forgets a failed load, everything on clear, and keeps nothing with no cache time', async () => {
    const time = clock();
    const cache = new SearchCache(1000, time.now);
    await expect(cache.read('a', async () => Promise.reject(new Error('weg')))).rejects.toThrow('weg');
    expect(await cache.read('a', async () => 'ok')).toBe('ok');
    cache.clear();
    expect(await cache.read('a', async () => 'new')).toBe('new');

    const off = new SearchCache(0, time.now);
    await off.read('a', async () => 1);
    expect(off.size).toBe(0);
  });

  it('drops the oldest entry beyond its size', async () => {
    const cache = new SearchCache(1000, clock().now, 2);
    for (const key of ['a', 'b', 'c']) await cache.read(key, async () => key);
    expect(cache.size).toBe(2);
    expect(await cache.read('a', async () => 'reloaded')).toBe('reloaded');
  });
});
