/** An internal note in the thread: set apart from messages (staff only, never sent), with its author and time. */
import type { ConversationNote } from "../../api/inbox-api";
import { useI18n } from "../../i18n/i18n-context";
import { formatClockTime, formatFullTime } from "../../time/relative-time";

export function NoteBubble({ note }: { note: ConversationNote }) {
  const { t, language } = useI18n();
  return (
    <div className="note-bubble" data-testid="thread-note" data-note-id={note.id}>
      <p className="note-bubble__label">
        <span aria-hidden="true">🔒 </span>
        {t("notes.label", { author: note.authorLabel })}
      </p>
      <p className="note-bubble__text">{note.text}</p>
      <time
        className="note-bubble__time"
        dateTime={new Date(note.createdAt).toISOString()}
        title={formatFullTime(note.createdAt, language)}
      >
        {formatClockTime(note.createdAt, language)}
      </time>
    </div>
  );
}
