/** One keyword rule in the list: its keywords, its reply, its priority and an on/off switch. */
import type { KeywordRule } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { EditDeleteButtons } from "../edit-delete-buttons";
import { keywordMatchLabels } from "./keyword-match-labels";

interface KeywordRuleRowProps {
  rule: KeywordRule;
  toggling: boolean;
  onToggle(enabled: boolean): void;
  onEdit(): void;
  onDelete(): Promise<void>;
}

export function KeywordRuleRow({ rule, toggling, onToggle, onEdit, onDelete }: KeywordRuleRowProps) {
  const { t } = useI18n();
  return (
    <li
      className={`automation-item${rule.enabled ? "" : " automation-item--off"}`}
      data-testid="keyword-rule"
      data-rule-id={rule.id}
      data-enabled={rule.enabled}
    >
      <div className="automation-item__main">
        <header className="automation-item__header">
          <h3>{rule.name}</h3>
          <span className="muted" title={t("automation.priority")}>
            {t("automation.priorityValue", { n: rule.priority })}
          </span>
        </header>
        <ul className="keyword-chips" aria-label={t("automation.keywords")}>
          {rule.keywords.map((keyword, index) => (
            <li key={index} className="keyword-chip">
              <span className="keyword-chip__match">{t(keywordMatchLabels[keyword.match])}</span>
              <code>{keyword.value}</code>
            </li>
          ))}
        </ul>
        <p className="automation-item__reply">
          {rule.reply.kind === "text"
            ? t("automation.repliesText", { text: rule.reply.text })
            : t("automation.repliesModule", { module: rule.reply.moduleId })}
        </p>
      </div>
      <div className="automation-item__actions">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid={`keyword-rule-enabled-${rule.id}`}
            checked={rule.enabled}
            disabled={toggling}
            aria-label={t("automation.enableRule", { name: rule.name })}
            onChange={(event) => onToggle(event.target.checked)}
          />
          <span aria-hidden="true">{rule.enabled ? t("automation.on") : t("automation.off")}</span>
        </label>
        <EditDeleteButtons testIdPrefix="keyword-rule" item={rule} onEdit={onEdit} onDelete={onDelete} />
      </div>
    </li>
  );
}
