/** The thread: messages oldest first with day separators, kept scrolled to the newest. */
import { Fragment, useLayoutEffect, useRef } from "react";
import type { Message } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { MessageBubble } from "./message-bubble";

/** Closer than this to the bottom counts as "reading the newest", so new messages scroll into view. */
const STICK_TO_BOTTOM_PX = 120;

export function MessageList({ messages, loaded }: { messages: readonly Message[]; loaded: boolean }) {
  const { t, language } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium" });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages]);

  function onScroll() {
    const element = scroller.current;
    if (element)
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
  }

  let previousDay = "";
  return (
    <div className="thread__scroll" ref={scroller} onScroll={onScroll}>
      <ol className="message-list" role="log" aria-label={t("thread.label")} aria-live="polite">
        {messages.map((message) => {
          const day = dayFormat.format(message.createdAt);
          const separator = day !== previousDay;
          previousDay = day;
          return (
            <Fragment key={message.id}>
              {separator && (
                <li className="day-separator" aria-hidden="true">
                  <span>{day}</span>
                </li>
              )}
              <li className={`message-row message-row--${message.direction}`}>
                <MessageBubble message={message} />
              </li>
            </Fragment>
          );
        })}
      </ol>
      {!loaded && <p className="empty-state">{t("thread.loading")}</p>}
      {loaded && messages.length === 0 && <p className="empty-state">{t("thread.empty")}</p>}
    </div>
  );
}
