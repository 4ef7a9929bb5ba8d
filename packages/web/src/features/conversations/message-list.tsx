/**
 * The thread: messages oldest first with day separators, kept scrolled to the newest; internal notes sit
 * among them by time, set apart.
 */
import { Fragment, useLayoutEffect, useRef } from "react";
import type { ConversationNote } from "../../api/inbox-api";
import type { Message } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { MessageBubble } from "./message-bubble";
import { NoteBubble } from "./note-bubble";
import { threadEntries } from "./thread-entries";

/** Closer than this to the bottom counts as "reading the newest", so new messages scroll into view. */
const STICK_TO_BOTTOM_PX = 120;

const NO_NOTES: readonly ConversationNote[] = [];

interface MessageListProps {
  messages: readonly Message[];
  loaded: boolean;
  notes?: readonly ConversationNote[];
}

export function MessageList({ messages, loaded, notes = NO_NOTES }: MessageListProps) {
  const { t, language } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium" });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages, notes]);

  function onScroll() {
    const element = scroller.current;
    if (element)
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
  }

  let previousDay = "";
  return (
    <div className="thread__scroll" ref={scroller} onScroll={onScroll}>
      <ol className="message-list" role="log" aria-label={t("thread.label")} aria-live="polite">
        {threadEntries(messages, notes).map((entry) => {
          const createdAt = entry.kind === "message" ? entry.message.createdAt : entry.note.createdAt;
          const day = dayFormat.format(createdAt);
          const separator = day !== previousDay;
          previousDay = day;
          return (
            <Fragment key={entry.kind === "message" ? entry.message.id : `note-${entry.note.id}`}>
              {separator && (
                <li className="day-separator" aria-hidden="true">
                  <span>{day}</span>
                </li>
              )}
              {entry.kind === "message" ? (
                <li className={`message-row message-row--${entry.message.direction}`}>
                  <MessageBubble message={entry.message} />
                </li>
              ) : (
                <li className="message-row message-row--note">
                  <NoteBubble note={entry.note} />
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
      {!loaded && <p className="empty-state">{t("thread.loading")}</p>}
      {loaded && messages.length === 0 && notes.length === 0 && (
        <p className="empty-state">{t("thread.empty")}</p>
      )}
    </div>
  );
}
