/**
 * The inbox's keyboard shortcuts, pure: which action a key press asks for (none while typing in a field,
 * or with Ctrl, ⌘ or Alt held), and which conversation is next or previous in the list.
 */
export type ShortcutAction = "next" | "previous" | "take" | "close" | "focusComposer" | "help";

/** Every shortcut, in the order the help lists them; `/` belongs to the composer (saved replies). */
export const SHORTCUTS: readonly { keys: string; action: ShortcutAction | "savedReplies" }[] = [
  { keys: "j", action: "next" },
  { keys: "k", action: "previous" },
  { keys: "e", action: "take" },
  { keys: "c", action: "close" },
  { keys: "r", action: "focusComposer" },
  { keys: "/", action: "savedReplies" },
  { keys: "?", action: "help" },
];

const BY_KEY: Record<string, ShortcutAction> = {
  j: "next",
  k: "previous",
  e: "take",
  c: "close",
  r: "focusComposer",
  "?": "help",
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True while an IME composes text. */
  isComposing: boolean;
  /** What the key was pressed in. */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

/** Pure: whether the key press lands in something one types into. */
export function isTypingTarget(target: KeyPress["target"]): boolean {
  if (target === null) return false;
  if (target.isContentEditable === true) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

/** Pure: the action of a key press, or null (not a shortcut, typing, a modifier held, composing). */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
  if (isTypingTarget(press.target)) return null;
  return BY_KEY[press.key] ?? null;
}

/**
 * Pure: the conversation `step` places after (1) or before (-1) the current one; the first (or last) when
 * none is open or the open one is not listed; null at either end or for an empty list.
 */
export function neighbourId(ids: readonly string[], currentId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index === -1) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[index + step] ?? null;
}
