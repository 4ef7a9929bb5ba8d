/** A template's review state from WhatsApp, with the reason when it was rejected, paused or disabled. */
import type { Template } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { templateStatusOf } from "./template-labels";

export function TemplateStatusBadge({ template }: { template: Template }) {
  const { t } = useI18n();
  const { key, tone } = templateStatusOf(template.status);
  const reason = template.statusReason?.trim() ?? "";
  return (
    <span className="template-status">
      <span
        className={`badge template-badge template-badge--${tone}`}
        data-testid={`template-status-${template.name}`}
        data-status={template.status}
      >
        {key === null ? template.status : t(key)}
      </span>
      {tone === "stopped" && reason !== "" && (
        <span className="template-status__reason" data-testid={`template-reason-${template.name}`}>
          {t("automation.statusReason", { reason })}
        </span>
      )}
    </span>
  );
}
