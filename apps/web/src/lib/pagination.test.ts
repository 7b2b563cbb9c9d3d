import { describe, expect, it } from 'vitest';
import { pageWindow } from './pagination';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(1, 0)).toEqual([]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 16)).toEqual([1, 2, null, 16]);
    expect(pageWindow(8, 16)).toEqual([1, null, 7, 8, 9, null, 16]);
    expect(pageWindow(16, 16)).toEqual([1, null, 15, 16]);
  });

  it('fills a gap of one page with that page instead of "…"', () => {
    expect(pageWindow(4, 16)).toEqual([1, 2, 3, 4, 5, null, 16]);
  });
});
