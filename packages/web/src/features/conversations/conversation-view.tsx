/**
 * The right pane: the conversation's header and who handles it, its messages and internal notes as one
 * thread, the composer, and the contact panel beside them.
 */
import type { StaffUser } from "../../api/inbox-api";
import type { Conversation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { Composer } from "../composer/composer";
import { ContactPanel } from "./contact-panel";
import { ConversationActions } from "./conversation-actions";
import { ConversationHeader } from "./conversation-header";
import { MessageList } from "./message-list";
import { useConversation } from "./use-conversation";
import { useMarkRead } from "./use-mark-read";
import { useMessages } from "./use-messages";
import { useNotes } from "./use-notes";

interface ConversationViewProps {
  conversationId: string;
  /** The list's copy, when the conversation is in it. */
  fromList: Conversation | undefined;
  /** Staff the caller may see (the assign picker); null when they may not list staff. */
  users: readonly StaffUser[] | null;
}

/** Mount with `key={conversationId}`: everything starts afresh for another conversation. */
export function ConversationView({ conversationId, fromList, users }: ConversationViewProps) {
  const { t } = useI18n();
  const { conversation, error: conversationError } = useConversation(conversationId, fromList);
  const { messages, loaded, error, add } = useMessages(conversationId);
  const notes = useNotes(conversationId);
  useMarkRead(conversationId, conversation?.lastInboundAt);
  const loadError = error ?? conversationError;

  return (
    <div className="thread-layout">
      <section className="thread" aria-label={t("thread.label")}>
        {conversation && <ConversationHeader conversation={conversation} />}
        {conversation && <ConversationActions conversation={conversation} users={users} />}
        {loadError && (
          <p className="banner banner--error" role="alert">
            {t("thread.loadFailed", { reason: loadError })}
          </p>
        )}
        <MessageList messages={messages} loaded={loaded} notes={notes.notes} />
        <Composer
          conversationId={conversationId}
          conversation={conversation}
          onSent={add}
          onNoteAdded={notes.add}
        />
      </section>
      {conversation && <ContactPanel conversationId={conversationId} channel={conversation.channel} />}
    </div>
  );
}
