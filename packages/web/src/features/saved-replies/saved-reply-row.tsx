/** One saved reply in the list: shortcut, title, scope, what it says, tags and the channels' warnings. */
import type { ListedSavedReply } from "../../api/saved-replies-api";
import { useI18n } from "../../i18n/i18n-context";
import { EditDeleteButtons } from "../automation/edit-delete-buttons";
import { messageKindKeys } from "../bots/messages/message-kind-labels";
import { readableTextOf } from "./picker/composer-insert";
import { SavedReplyWarnings } from "./saved-reply-warnings";

interface SavedReplyRowProps {
  reply: ListedSavedReply;
  onEdit(): void;
  onDelete(): Promise<void>;
}

export function SavedReplyRow({ reply, onEdit, onDelete }: SavedReplyRowProps) {
  const { t } = useI18n();
  const text = readableTextOf(reply.message);
  return (
    <li
      className="automation-item saved-reply"
      data-testid="saved-reply-row"
      data-reply-id={reply.id}
      data-shortcut={reply.shortcut}
    >
      <div className="automation-item__main">
        <header className="automation-item__header">
          <code className="saved-reply__shortcut">{reply.shortcut}</code>
          <h3>{reply.title}</h3>
          <span className={`badge saved-reply__scope saved-reply__scope--${reply.scope}`}>
            {reply.scope === "shared" ? t("savedReplies.shared") : t("savedReplies.personal")}
          </span>
        </header>
        <p className="automation-item__reply saved-reply__text">
          {reply.message.kind === "text" ? null : (
            <span className="saved-reply__kind">{t(messageKindKeys[reply.message.kind])} · </span>
          )}
          {text}
        </p>
        {reply.tags.length > 0 && (
          <ul className="tag-list" aria-label={t("savedReplies.tags")}>
            {reply.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <SavedReplyWarnings warnings={reply.warnings} />
      </div>
      <div className="automation-item__actions">
        <EditDeleteButtons
          testIdPrefix="saved-reply"
          item={{ id: reply.id, name: reply.title }}
          onEdit={onEdit}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
