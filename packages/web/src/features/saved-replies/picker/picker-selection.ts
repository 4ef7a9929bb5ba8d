/** Keyboard selection in the saved reply picker: ↑/↓ move (wrapping), Enter or Tab picks, Escape closes. */

/** The highlighted row, remembered with the query it was chosen under. */
export interface PickerSelection {
  query: string;
  index: number;
}

/** What a key does in the open picker; `ignore` leaves the key to the input. */
export type PickerKeyOutcome =
  | { kind: "move"; selection: PickerSelection }
  | { kind: "choose"; index: number }
  | { kind: "close" }
  | { kind: "ignore" };

/** Pure: the highlighted row for `query`: the remembered one while the query is unchanged, else the first. */
export function activeIndexOf(selection: PickerSelection, query: string, count: number): number {
  if (count === 0 || selection.query !== query) return 0;
  return Math.min(Math.max(selection.index, 0), count - 1);
}

/** Pure: the outcome of `key` with `count` rows shown for `query`. */
export function pickerKey(
  key: string,
  selection: PickerSelection,
  query: string,
  count: number,
): PickerKeyOutcome {
  const active = activeIndexOf(selection, query, count);
  switch (key) {
    case "ArrowDown":
      return count === 0
        ? { kind: "ignore" }
        : { kind: "move", selection: { query, index: (active + 1) % count } };
    case "ArrowUp":
      return count === 0
        ? { kind: "ignore" }
        : { kind: "move", selection: { query, index: (active - 1 + count) % count } };
    case "Enter":
    case "Tab":
      return count === 0 ? { kind: "ignore" } : { kind: "choose", index: active };
    case "Escape":
      return { kind: "close" };
    default:
      return { kind: "ignore" };
  }
}
