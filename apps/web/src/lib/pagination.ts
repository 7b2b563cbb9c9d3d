/**
 * The page numbers to show: the first, the last, and the ones around the current page; null
 * stands for a gap ("…"). Short lists are shown whole.
 */
export function pageWindow(current: number, total: number, around = 1): (number | null)[] {
  if (total <= 0) return [];
  if (total <= 5 + 2 * around) return Array.from({ length: total }, (_, i) => i + 1);
  const pages = new Set([1, total]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= total) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, page] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) result.push(null);
    result.push(page);
  }
  return result;
}
