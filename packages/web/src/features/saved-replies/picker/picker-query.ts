/** When the composer's saved reply picker is open, and which replies it offers for what was typed. */

/** What the picker filters on: a reply's shortcut, title and tags. */
export interface PickableReply {
  shortcut: string;
  title: string;
  tags: readonly string[];
}

/**
 * Pure: the word typed after a `/` that starts the input (`/thx` → `thx`, `/` → ``), or null when the
 * input is anything else (empty, a space or a line typed, text before the slash).
 */
export function pickerQueryOf(text: string): string | null {
  const match = /^\/(\S*)$/u.exec(text);
  return match === null ? null : (match[1] ?? "");
}

/**
 * Pure: open while a shortcut is being typed, unless Escape closed it for `dismissedAt` (the text then)
 * and the agent has only typed on since. Deleting back past that point opens it again.
 */
export function isPickerOpen(text: string, dismissedAt: string | null): boolean {
  if (pickerQueryOf(text) === null) return false;
  return dismissedAt === null || !text.startsWith(dismissedAt);
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * Pure: the replies matching `query`, best first: shortcuts starting with it, then shortcuts, titles and
 * tags containing it (case and width ignored). Within a rank the given order stays. An empty query keeps all.
 */
export function filterSavedReplies<R extends PickableReply>(replies: readonly R[], query: string): R[] {
  const q = fold(query);
  if (q === "") return [...replies];
  const ranked: { reply: R; rank: number }[] = [];
  for (const reply of replies) {
    const rank = rankOf(reply, q);
    if (rank !== undefined) ranked.push({ reply, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.reply);
}

function rankOf(reply: PickableReply, q: string): number | undefined {
  const shortcut = fold(reply.shortcut).replace(/^\//, "");
  if (shortcut.startsWith(q)) return 0;
  if (shortcut.includes(q)) return 1;
  if (fold(reply.title).includes(q)) return 2;
  if (reply.tags.some((tag) => fold(tag).includes(q))) return 3;
  return undefined;
}
