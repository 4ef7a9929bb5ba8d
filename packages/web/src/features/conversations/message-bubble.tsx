/** One message as the customer sees it, with who sent it, when, and how far it got. */
import type { Message, MessageAuthor } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { formatClockTime, formatFullTime } from "../../time/relative-time";
import { DeliveryStatus } from "./delivery-status";
import { InboundContentView } from "./inbound-content-view";
import { OutboundContentView } from "./outbound-content-view";

const authorKeys: Record<MessageAuthor, MessageKey> = {
  contact: "author.contact",
  bot: "author.bot",
  agent: "author.agent",
  system: "author.system",
};

export function MessageBubble({ message }: { message: Message }) {
  const { t, language } = useI18n();
  const isSystem = message.direction === "inbound" && message.content.kind === "system";
  const classes = ["message", `message--${message.direction}`, `message--${message.author}`];
  if (message.status === "failed") classes.push("message--failed");
  if (message.status === "refused") classes.push("message--refused");
  if (isSystem) classes.push("message--system");

  return (
    <article
      className={classes.join(" ")}
      data-testid="message"
      data-direction={message.direction}
      data-status={message.status}
      data-kind={message.content.kind}
      data-author={message.author}
      data-message-id={message.id}
    >
      {message.direction === "outbound" && (
        <span className={`message__author message__author--${message.author}`}>
          {t(authorKeys[message.author])}
        </span>
      )}
      <div className="message__content">
        {message.direction === "inbound" ? (
          <InboundContentView content={message.content} messageId={message.id} />
        ) : (
          <OutboundContentView content={message.content} />
        )}
      </div>
      <footer className="message__meta">
        <time
          dateTime={new Date(message.createdAt).toISOString()}
          title={formatFullTime(message.createdAt, language)}
        >
          {formatClockTime(message.createdAt, language)}
        </time>
        {message.direction === "outbound" && <DeliveryStatus status={message.status} />}
      </footer>
      {message.status === "refused" && (
        <p
          className="message__error message__error--refused"
          data-testid="message-refusal"
          data-code={message.refusal?.code}
          role="note"
        >
          {t("delivery.refusedReason", { reason: message.refusal?.reason ?? t("delivery.refused") })}
        </p>
      )}
      {message.status === "failed" && (
        <p className="message__error" data-testid="message-error" role="note">
          {t("delivery.failedReason", { reason: message.error?.reason ?? t("delivery.failed") })}
          {message.error !== null && message.error.code !== null && (
            <span className="message__error-code"> ({message.error.code})</span>
          )}
        </p>
      )}
    </article>
  );
}
