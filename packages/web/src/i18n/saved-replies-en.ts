/** English texts of the saved replies page and the composer's saved reply picker. */
export const savedRepliesEn = {
  "nav.savedReplies": "Saved replies",

  "savedReplies.title": "Saved replies",
  "savedReplies.intro":
    "Answers your team sends often. In a conversation, type / and the shortcut to insert one; it is filled in for that customer.",
  "savedReplies.loading": "Loading…",
  "savedReplies.loadFailed": "Could not load saved replies: {reason}",
  "savedReplies.deleteFailed": "Could not delete: {reason}",
  "savedReplies.empty": "No saved replies yet. Add the answers your team types again and again.",
  "savedReplies.noMatches": "No saved reply matches your search.",
  "savedReplies.search": "Search saved replies",
  "savedReplies.searchPlaceholder": "Search by title, shortcut or tag",
  "savedReplies.new": "New saved reply",
  "savedReplies.edit": "Edit saved reply",
  "savedReplies.titleLabel": "Title",
  "savedReplies.titlePlaceholder": "e.g. Opening hours",
  "savedReplies.shortcut": "Shortcut",
  "savedReplies.shortcutHint":
    "A / and up to 32 letters, digits, - or _. Type it at the start of the composer to insert the reply.",
  "savedReplies.message": "Message",
  "savedReplies.variablesHint":
    "Variables filled for each customer: {{contact.name}}, {{contact.phone}}, {{contact.<attribute>}}, {{agent.name}}. Add a fallback after |, e.g. {{contact.name|there}}.",
  "savedReplies.tags": "Tags",
  "savedReplies.tagsPlaceholder": "e.g. hours, store",
  "savedReplies.tagsHint": "Separated by commas; the search finds them.",
  "savedReplies.shared": "Shared",
  "savedReplies.personal": "Personal",
  "savedReplies.warningsTitle": "Saved, but not every channel can send it as written:",
  "savedReplies.warning": "{channel} · {path}: {problem}",

  "savedReplies.pickerLabel": "Saved replies",
  "savedReplies.pickerHint": "↑ ↓ to choose · Enter to insert · Esc to close",
  "savedReplies.pickerEmpty": "No saved reply matches. Add them on the Saved replies page.",
  "savedReplies.pickerFailed": "Could not use saved replies: {reason}",
  "savedReplies.insertedPartly":
    "“{title}” has parts this composer cannot send (media, header, footer…); only the rest was inserted.",
};
