/**
 * WhatsApp templates of a channel account with their review state. The list refreshes every few
 * seconds while any template is pending; "Sync from WhatsApp" pulls templates made elsewhere.
 */
import { useCallback, useEffect, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { Template, TemplateSync } from "../../../api/automation-types";
import { errorText, isAbort } from "../../../api/error-text";
import { usePolling } from "../../../api/use-polling";
import { useI18n } from "../../../i18n/i18n-context";
import { FailureBanner, type Failure } from "../failure-banner";
import { hasPendingTemplate } from "./template-labels";
import { TemplateForm } from "./template-form";
import { TemplateRow } from "./template-row";

/** How often the list is refreshed while a template waits for review. */
const PENDING_POLL_MS = 4000;

export function TemplatesTab({ accountId }: { accountId: string }) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [creating, setCreating] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [skipped, setSkipped] = useState<TemplateSync["skipped"]>([]);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setTemplates(await api.listTemplates(accountId, signal));
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

  const pending = templates !== null && hasPendingTemplate(templates);
  usePolling(
    async (signal) => {
      if (pending) await load(signal);
    },
    PENDING_POLL_MS,
    `${accountId}:${pending ? "pending" : "settled"}`,
  );

  async function sync() {
    setSyncing(true);
    try {
      const result = await api.syncTemplates(accountId);
      setTemplates(result.items);
      setSkipped(result.skipped);
      setFailure(null);
    } catch (cause) {
      setFailure({ key: "automation.syncFailed", reason: errorText(cause) });
    } finally {
      setSyncing(false);
    }
  }

  async function remove(template: Template) {
    try {
      await api.deleteTemplate(template.id);
      setTemplates((previous) => (previous ?? []).filter((item) => item.id !== template.id));
      setFailure(null);
    } catch (cause) {
      setFailure({ key: "automation.deleteFailed", reason: errorText(cause) });
    }
  }

  function onCreated(template: Template) {
    setCreating(false);
    setTemplates((previous) => [...(previous ?? []).filter((item) => item.id !== template.id), template]);
  }

  return (
    <section className="automation-section" aria-labelledby="templates-title">
      <div className="automation-section__header">
        <div>
          <h2 id="templates-title">{t("automation.tabTemplates")}</h2>
          <p className="field__hint">{t("automation.templatesIntro")}</p>
        </div>
        <div className="automation-section__actions">
          <button
            type="button"
            className="button"
            data-testid="template-sync"
            disabled={syncing}
            onClick={() => void sync()}
          >
            {syncing ? t("automation.syncing") : t("automation.sync")}
          </button>
          {!creating && (
            <button
              type="button"
              className="button button--primary"
              data-testid="template-create"
              onClick={() => setCreating(true)}
            >
              + {t("automation.newTemplate")}
            </button>
          )}
        </div>
      </div>
      <FailureBanner failure={failure} />
      {skipped.length > 0 && (
        <div className="banner banner--warning" role="status" data-testid="template-sync-skipped">
          <p>{t("automation.syncSkipped", { n: skipped.length })}</p>
          <ul>
            {skipped.map((item) => (
              <li key={`${item.name}:${item.language}`}>
                <code>
                  {item.name} ({item.language})
                </code>
                : {item.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {creating && (
        <TemplateForm accountId={accountId} onCreated={onCreated} onCancel={() => setCreating(false)} />
      )}
      {templates === null && failure === null && <p className="empty-state">{t("automation.loading")}</p>}
      {templates !== null && templates.length === 0 && !creating && (
        <p className="empty-state">{t("automation.noTemplates")}</p>
      )}
      {templates !== null && templates.length > 0 && (
        <table className="template-table" data-testid="template-list">
          <thead>
            <tr>
              <th scope="col">{t("automation.templateName")}</th>
              <th scope="col">{t("automation.templateLanguage")}</th>
              <th scope="col">{t("automation.templateCategory")}</th>
              <th scope="col">{t("automation.templateStatus")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("automation.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <TemplateRow key={template.id} template={template} onDelete={() => remove(template)} />
            ))}
          </tbody>
        </table>
      )}
      {pending && (
        <p className="field__hint" role="status" data-testid="template-pending-note">
          {t("automation.pendingNote")}
        </p>
      )}
    </section>
  );
}
