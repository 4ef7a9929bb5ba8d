/** The saved replies page: search, create, edit and delete the replies agents insert with `/` in the composer. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import { deleteSavedReply, listSavedReplies, type ListedSavedReply } from "../../api/saved-replies-api";
import { useI18n } from "../../i18n/i18n-context";
import { FailureBanner, type Failure } from "../automation/failure-banner";
import { filterSavedReplies } from "./picker/picker-query";
import { sortSavedReplies } from "./sort-saved-replies";
import { SavedReplyForm } from "./saved-reply-form";
import { SavedReplyRow } from "./saved-reply-row";

export function SavedRepliesPage() {
  const api = useApi();
  const { t } = useI18n();
  const [replies, setReplies] = useState<ListedSavedReply[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** `new`, the id of the reply being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [query, setQuery] = useState("");

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setReplies(await listSavedReplies(api, signal));
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure({ key: "savedReplies.loadFailed", reason: errorText(cause) });
      }
    },
    [api],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const shown = useMemo(
    () => (replies === null ? null : filterSavedReplies(replies, query.trim().replace(/^\//, ""))),
    [replies, query],
  );

  function onSaved(reply: ListedSavedReply) {
    setEditing(null);
    setReplies((current) => sortSavedReplies([...(current ?? []).filter((r) => r.id !== reply.id), reply]));
  }

  async function remove(reply: ListedSavedReply) {
    try {
      await deleteSavedReply(api, reply.id);
      setReplies((current) => (current ?? []).filter((r) => r.id !== reply.id));
      setFailure(null);
    } catch (cause) {
      setFailure({ key: "savedReplies.deleteFailed", reason: errorText(cause) });
    }
  }

  return (
    <main className="page" data-testid="saved-replies-page">
      <div className="page__header">
        <h1>{t("savedReplies.title")}</h1>
        {editing !== "new" && (
          <button
            type="button"
            className="button button--primary"
            data-testid="saved-reply-create"
            onClick={() => setEditing("new")}
          >
            + {t("savedReplies.new")}
          </button>
        )}
      </div>
      <p className="field__hint saved-replies-intro">{t("savedReplies.intro")}</p>
      {editing === "new" && <SavedReplyForm onSaved={onSaved} onCancel={() => setEditing(null)} />}
      <div className="field saved-replies-search">
        <label className="visually-hidden" htmlFor="saved-reply-search">
          {t("savedReplies.search")}
        </label>
        <input
          id="saved-reply-search"
          type="search"
          data-testid="saved-reply-search"
          value={query}
          placeholder={t("savedReplies.searchPlaceholder")}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <FailureBanner failure={failure} />
      {replies === null && failure === null && <p className="empty-state">{t("savedReplies.loading")}</p>}
      {replies !== null && replies.length === 0 && editing !== "new" && (
        <p className="empty-state">{t("savedReplies.empty")}</p>
      )}
      {replies !== null && replies.length > 0 && shown !== null && shown.length === 0 && (
        <p className="empty-state">{t("savedReplies.noMatches")}</p>
      )}
      {shown !== null && shown.length > 0 && (
        <ol className="automation-list" aria-label={t("savedReplies.title")}>
          {shown.map((reply) =>
            editing === reply.id ? (
              <li key={reply.id}>
                <SavedReplyForm reply={reply} onSaved={onSaved} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <SavedReplyRow
                key={reply.id}
                reply={reply}
                onEdit={() => setEditing(reply.id)}
                onDelete={() => remove(reply)}
              />
            ),
          )}
        </ol>
      )}
    </main>
  );
}
