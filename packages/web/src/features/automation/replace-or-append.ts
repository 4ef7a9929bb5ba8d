/** Where a saved item goes in a list that is kept in step with the server without loading it again. */

/** Pure: `list` with the item of the same id replaced in place, or with `item` added at the end. */
export function replaceOrAppend<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((entry) => entry.id === item.id)
    ? list.map((entry) => (entry.id === item.id ? item : entry))
    : [...list, item];
}
