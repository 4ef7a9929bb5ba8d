/** The right pane: the conversation's header, its messages as the customer sees them, and the composer. */
import type { Conversation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { Composer } from "../composer/composer";
import { ConversationHeader } from "./conversation-header";
import { MessageList } from "./message-list";
import { useConversation } from "./use-conversation";
import { useMessages } from "./use-messages";

interface ConversationViewProps {
  conversationId: string;
  /** The list's copy, when the conversation is in it. */
  fromList: Conversation | undefined;
}

/** Mount with `key={conversationId}`: everything starts afresh for another conversation. */
export function ConversationView({ conversationId, fromList }: ConversationViewProps) {
  const { t } = useI18n();
  const { conversation, error: conversationError } = useConversation(conversationId, fromList);
  const { messages, loaded, error, add } = useMessages(conversationId);
  const loadError = error ?? conversationError;

  return (
    <section className="thread" aria-label={t("thread.label")}>
      {conversation && <ConversationHeader conversation={conversation} />}
      {loadError && (
        <p className="banner banner--error" role="alert">
          {t("thread.loadFailed", { reason: loadError })}
        </p>
      )}
      <MessageList messages={messages} loaded={loaded} />
      <Composer conversationId={conversationId} onSent={add} />
    </section>
  );
}
