/**
 * Who handles the conversation: take it (or take it over), assign it to someone of its store (for those
 * who may list staff), give it back to the queue, close it. The server decides what each role may do.
 */
import { useState } from "react";
import { errorText } from "../../api/error-text";
import {
  useInboxApi,
  type ListedConversation,
  type OwnershipChange,
  type StaffUser,
} from "../../api/inbox-api";
import { useI18n } from "../../i18n/i18n-context";
import { useCurrentActor } from "../inbox-access/current-actor";
import { assigneeChoices } from "./assignee-choices";

interface ConversationActionsProps {
  conversation: ListedConversation;
  /** Staff the caller may see; null when they may not list staff (agents): no assign picker then. */
  users: readonly StaffUser[] | null;
}

export function ConversationActions({ conversation, users }: ConversationActionsProps) {
  const { t } = useI18n();
  const api = useInboxApi();
  const actor = useCurrentActor();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const me = actor.userId;
  const assignee = conversation.assignedUserId ?? null;
  // The admin token is nobody: a conversation in progress with nobody assigned is already "its" own.
  const mineInProgress = conversation.status === "in_progress" && assignee === me;
  const someoneElse = conversation.status === "in_progress" && assignee !== null && assignee !== me;
  const assigneeName = users?.find((user) => user.id === assignee)?.name;

  async function change(body: OwnershipChange) {
    setBusy(true);
    setError(null);
    try {
      await api.changeOwnership(conversation.id, body);
      setPicking(false);
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="conversation-actions" role="group" aria-label={t("conversationActions.label")}>
      {assignee !== null && (
        <span className="conversation-actions__owner" data-testid="conversation-assignee">
          {assignee === me
            ? t("conversationActions.assignedToYou")
            : t("conversationActions.assignedTo", { name: assigneeName ?? t("conversationActions.someone") })}
        </span>
      )}
      {!mineInProgress && (
        <button
          type="button"
          className="button button--primary"
          data-testid="conversation-take"
          disabled={busy}
          title={t("conversationActions.takeHint")}
          onClick={() => void change({ status: "in_progress" })}
        >
          {someoneElse ? t("conversationActions.takeOver") : t("conversationActions.take")}
        </button>
      )}
      {users !== null &&
        (picking ? (
          <select
            data-testid="conversation-assign-picker"
            aria-label={t("conversationActions.assignTo")}
            autoFocus
            defaultValue=""
            disabled={busy}
            onBlur={() => setPicking(false)}
            onChange={(event) => {
              if (event.target.value !== "") void change({ assignedUserId: event.target.value });
            }}
          >
            <option value="">{t("conversationActions.assignTo")}</option>
            {assigneeChoices(users, conversation.storeId).map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        ) : (
          <button
            type="button"
            className="button"
            data-testid="conversation-assign"
            disabled={busy}
            onClick={() => setPicking(true)}
          >
            {t("conversationActions.assign")}
          </button>
        ))}
      {conversation.status === "in_progress" && (
        <button
          type="button"
          className="button"
          data-testid="conversation-release"
          disabled={busy}
          title={t("conversationActions.releaseHint")}
          onClick={() => void change({ status: "pending" })}
        >
          {t("conversationActions.release")}
        </button>
      )}
      {conversation.status !== "closed" && (
        <button
          type="button"
          className="button"
          data-testid="conversation-close"
          disabled={busy}
          onClick={() => void change({ status: "closed" })}
        >
          {t("conversationActions.close")}
        </button>
      )}
      {error !== null && (
        <p className="banner banner--error conversation-actions__error" role="alert">
          {t("conversationActions.failed", { reason: error })}
        </p>
      )}
    </div>
  );
}
