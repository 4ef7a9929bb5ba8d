/** The inbox: conversation list on the left (320 px), the selected conversation on the right. */
import { useState } from "react";
import type { ConversationStatus } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { ConversationList } from "./conversation-list";
import { ConversationView } from "./conversation-view";
import { useConversations } from "./use-conversations";

export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ConversationStatus | null>(null);
  const conversations = useConversations(status);
  const selected = conversations.items.find((conversation) => conversation.id === conversationId);

  return (
    <div className={`inbox ${conversationId === null ? "inbox--list" : "inbox--thread"}`}>
      <aside className="inbox__list" aria-label={t("inbox.title")}>
        <ConversationList
          state={conversations}
          onShowMore={conversations.showMore}
          status={status}
          onStatusChange={setStatus}
          selectedId={conversationId}
        />
      </aside>
      <div className="inbox__thread">
        {conversationId === null ? (
          <div className="inbox__placeholder">
            <span className="inbox__placeholder-icon" aria-hidden="true">
              💬
            </span>
            <p>{t("inbox.selectPrompt")}</p>
          </div>
        ) : (
          <ConversationView key={conversationId} conversationId={conversationId} fromList={selected} />
        )}
      </div>
    </div>
  );
}
