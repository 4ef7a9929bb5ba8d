/** The comments an account received lately, each with the rule's public and private reply and their outcome. */
import { useCallback, useEffect, useState } from "react";
import { useCommentRulesApi, type HandledComment } from "../../../api/comment-rules-api";
import { errorText, isAbort } from "../../../api/error-text";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";

const statusKeys: Record<HandledComment["privateReply"]["status"], MessageKey> = {
  none: "commentRules.status.none",
  pending: "commentRules.status.pending",
  sent: "commentRules.status.sent",
  failed: "commentRules.status.failed",
  refused: "commentRules.status.refused",
};

export function HandledComments({ accountId }: { accountId: string }) {
  const api = useCommentRulesApi();
  const { t } = useI18n();
  const [items, setItems] = useState<HandledComment[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setItems(await api.listHandledComments(accountId, signal));
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure(errorText(cause));
      }
    },
    [api, accountId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const status = (value: HandledComment["privateReply"], id: string) => (
    <span title={value.error ?? undefined} data-testid={id} data-status={value.status}>
      {t(statusKeys[value.status])}
    </span>
  );

  return (
    <section className="automation-section" aria-labelledby="handled-comments-title">
      <div className="automation-section__header">
        <h2 id="handled-comments-title">{t("commentRules.handledTitle")}</h2>
        <button
          type="button"
          className="button"
          data-testid="handled-comments-refresh"
          onClick={() => void load()}
        >
          {t("commentRules.refresh")}
        </button>
      </div>
      {failure !== null && <p className="error-text">{failure}</p>}
      {items !== null && items.length === 0 && (
        <p className="empty-state">{t("commentRules.handledEmpty")}</p>
      )}
      {items !== null && items.length > 0 && (
        <table className="data-table" data-testid="handled-comments">
          <thead>
            <tr>
              <th>{t("commentRules.commenter")}</th>
              <th>{t("commentRules.comment")}</th>
              <th>{t("commentRules.public")}</th>
              <th>{t("commentRules.private")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-testid="handled-comment" data-comment-id={item.commentId}>
                <td>{item.commenterName ?? "—"}</td>
                <td>
                  {item.text}
                  {item.ruleId === null && <span className="muted"> ({t("commentRules.noRule")})</span>}
                </td>
                <td>{status(item.publicReply, "handled-comment-public")}</td>
                <td>{status(item.privateReply, "handled-comment-private")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
