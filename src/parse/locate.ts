import type { Item } from '../model/types.js';

/** Maps a line to the number of the agenda item it sits under. */
export type ItemLocator = (line: number) => string | null;

export function locateItems(items: Item[]): ItemLocator {
  const starts = items.map((item) => item.line);
  return (line) => {
    // Binary search: the last item starting at or before the line.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 ? items[found].number : null;
  };
}
