/** The filters of a facility's review list, as they travel in the page's address. */
export interface ReviewFilters {
  /** A theme key: only reviews that scored this theme. */
  theme: string | null;
  /** 1 to 5: the score of `theme`, or without a theme the review's overall score. */
  score: number | null;
}

export const NO_REVIEW_FILTERS: ReviewFilters = { theme: null, score: null };

/** The filters in an address; anything that is not a known theme or a score of 1 to 5 is left out. */
export function readReviewFilters(params: URLSearchParams, themeKeys: readonly string[], maxScore = 5): ReviewFilters {
  const theme = params.get('theme');
  const score = Number(params.get('score') || Number.NaN);
  return {
    theme: theme && themeKeys.includes(theme) ? theme : null,
    score: Number.isInteger(score) && score >= 1 && score <= maxScore ? score : null,
  };
}

/** The page number in an address: a whole number from 1, else 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export const hasReviewFilters = (filters: ReviewFilters) => filters.theme !== null || filters.score !== null;

/** "?theme=respect&score=4&page=2" for the filters and page, or "" for the first unfiltered page. */
export function reviewListQuery(filters: ReviewFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.score !== null) params.set('score', String(filters.score));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
