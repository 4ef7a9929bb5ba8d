/**
 * WhatsApp templates of a channel account with their review state. The list refreshes every few
 * seconds while any template is pending; "Sync from WhatsApp" pulls templates made elsewhere.
 */
import { useCallback, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { Template, TemplateSync } from "../../../api/automation-types";
import { errorText } from "../../../api/error-text";
import { usePolling } from "../../../api/use-polling";
import { useI18n } from "../../../i18n/i18n-context";
import { CreateButton, ListNotes, TabSection } from "../tab-section";
import { useAccountList } from "../use-account-list";
import { hasPendingTemplate } from "./template-labels";
import { TemplateForm } from "./template-form";
import { TemplateRow } from "./template-row";

/** How often the list is refreshed while a template waits for review. */
const PENDING_POLL_MS = 4000;

export function TemplatesTab({ accountId }: { accountId: string }) {
  const api = useAutomationApi();
  const { t } = useI18n();
  const list = useAccountList(
    useCallback((signal?: AbortSignal) => api.listTemplates(accountId, signal), [api, accountId]),
  );
  const templates = list.items;
  const [creating, setCreating] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [skipped, setSkipped] = useState<TemplateSync["skipped"]>([]);

  const pending = templates !== null && hasPendingTemplate(templates);
  usePolling(
    async (signal) => {
      if (pending) await list.reload(signal);
    },
    PENDING_POLL_MS,
    `${accountId}:${pending ? "pending" : "settled"}`,
  );

  async function sync() {
    setSyncing(true);
    try {
      const result = await api.syncTemplates(accountId);
      list.setItems(result.items);
      setSkipped(result.skipped);
      list.setFailure(null);
    } catch (cause) {
      list.setFailure({ key: "automation.syncFailed", reason: errorText(cause) });
    } finally {
      setSyncing(false);
    }
  }

  function onCreated(template: Template) {
    setCreating(false);
    list.put(template);
  }

  return (
    <TabSection
      titleId="templates-title"
      title="automation.tabTemplates"
      intro="automation.templatesIntro"
      failure={list.failure}
      actions={
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
            <CreateButton
              label="automation.newTemplate"
              testId="template-create"
              onClick={() => setCreating(true)}
            />
          )}
        </div>
      }
    >
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
      <ListNotes
        items={templates}
        failure={list.failure}
        empty="automation.noTemplates"
        creating={creating}
      />
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
              <TemplateRow
                key={template.id}
                template={template}
                onDelete={() => list.remove(template, api.deleteTemplate)}
              />
            ))}
          </tbody>
        </table>
      )}
      {pending && (
        <p className="field__hint" role="status" data-testid="template-pending-note">
          {t("automation.pendingNote")}
        </p>
      )}
    </TabSection>
  );
}
