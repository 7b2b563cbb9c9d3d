import { describe, expect, it } from 'vitest';
import { readPage, readReviewFilters, reviewListQuery } from './review-filters';

const THEMES = ['communicatie', 'respect'];

describe('review list filters', () => {
  it('reads a known theme and a score of 1 to 5, and leaves anything else out', () => {
    expect(readReviewFilters(new URLSearchParams('theme=respect&score=4'), THEMES)).toEqual({ theme: 'respect', score: 4 });
    expect(readReviewFilters(new URLSearchParams('theme=parking&score=6'), THEMES)).toEqual({ theme: null, score: null });
    expect(readReviewFilters(new URLSearchParams('theme=&score='), THEMES)).toEqual({ theme: null, score: null });
    expect(readReviewFilters(new URLSearchParams('score=2.5'), THEMES)).toEqual({ theme: null, score: null });
  });

  it('reads the page, falling back to the first', () => {
    expect(readPage(new URLSearchParams('page=3'))).toBe(3);
    expect(readPage(new URLSearchParams('page=0'))).toBe(1);
    expect(readPage(new URLSearchParams('page=twee'))).toBe(1);
  });

  it('writes the filters and page into an address, leaving out what is not set', () => {
    expect(reviewListQuery({ theme: 'respect', score: 4 }, 2)).toBe('?theme=respect&score=4&page=2');
    expect(reviewListQuery({ theme: null, score: 5 })).toBe('?score=5');
    expect(reviewListQuery({ theme: null, score: null }, 1)).toBe('');
  });
});
