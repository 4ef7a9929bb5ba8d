/** The order the page lists saved replies in, the server's: by shortcut, case ignored. */

/** Pure: sorted by shortcut (case and width ignored), then by id; a new array. */
export function sortSavedReplies<R extends { id: string; shortcut: string }>(replies: readonly R[]): R[] {
  const key = (reply: R) => reply.shortcut.normalize("NFKC").toLowerCase();
  return [...replies].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
