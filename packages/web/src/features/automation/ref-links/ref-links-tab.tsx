/** Ref links of a channel account: wa.me links with a code that start a bot module and tag the contact. */
import { useCallback, useEffect, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { RefLink } from "../../../api/automation-types";
import { errorText, isAbort } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";
import { FailureBanner, type Failure } from "../failure-banner";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { RefLinkCard } from "./ref-link-card";
import { RefLinkForm } from "./ref-link-form";

interface RefLinksTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

export function RefLinksTab({ accountId, bot }: RefLinksTabProps) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [links, setLinks] = useState<RefLink[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** `new`, the id of the link being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setLinks(await api.listRefLinks(accountId, signal));
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure({ key: "automation.loadFailed", reason: errorText(cause) });
      }
    },
    [api, accountId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  function onSaved(link: RefLink) {
    setEditing(null);
    setLinks((previous) => {
      const list = previous ?? [];
      return list.some((item) => item.id === link.id)
        ? list.map((item) => (item.id === link.id ? link : item))
        : [...list, link];
    });
  }

  async function remove(link: RefLink) {
    try {
      await api.deleteRefLink(link.id);
      setLinks((previous) => (previous ?? []).filter((item) => item.id !== link.id));
      setFailure(null);
    } catch (cause) {
      setFailure({ key: "automation.deleteFailed", reason: errorText(cause) });
    }
  }

  return (
    <section className="automation-section" aria-labelledby="ref-links-title">
      <div className="automation-section__header">
        <div>
          <h2 id="ref-links-title">{t("automation.tabRefLinks")}</h2>
          <p className="field__hint">{t("automation.refLinksIntro")}</p>
        </div>
        {editing !== "new" && (
          <button
            type="button"
            className="button button--primary"
            data-testid="ref-link-create"
            onClick={() => setEditing("new")}
          >
            + {t("automation.newLink")}
          </button>
        )}
      </div>
      <FailureBanner failure={failure} />
      {editing === "new" && (
        <RefLinkForm accountId={accountId} bot={bot} onSaved={onSaved} onCancel={() => setEditing(null)} />
      )}
      {links === null && failure === null && <p className="empty-state">{t("automation.loading")}</p>}
      {links !== null && links.length === 0 && editing !== "new" && (
        <p className="empty-state">{t("automation.noLinks")}</p>
      )}
      {links !== null && links.length > 0 && (
        <ul className="automation-list" data-testid="ref-link-list">
          {links.map((link) =>
            editing === link.id ? (
              <li key={link.id}>
                <RefLinkForm
                  accountId={accountId}
                  link={link}
                  bot={bot}
                  onSaved={onSaved}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <RefLinkCard
                key={link.id}
                link={link}
                onEdit={() => setEditing(link.id)}
                onDelete={() => remove(link)}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
