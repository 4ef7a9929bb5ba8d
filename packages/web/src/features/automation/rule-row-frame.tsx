/**
 * One rule in a list: its name, extra header notes and priority, what it does, an on/off switch and the
 * Edit and Delete buttons. Test ids read `<prefix>`, `<prefix>-enabled-<id>`, `<prefix>-edit-<id>`…
 */
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n-context";
import { EditDeleteButtons } from "./edit-delete-buttons";

/** What a list gives each of its rule rows. */
export interface RuleRowProps<Rule> {
  rule: Rule;
  toggling: boolean;
  onToggle(enabled: boolean): void;
  onEdit(): void;
  onDelete(): Promise<void>;
}

interface ListedRule {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
}

interface RuleRowFrameProps extends RuleRowProps<ListedRule> {
  /** `keyword-rule`, `comment-rule`… */
  testIdPrefix: string;
  /** Shown in the header between the name and the priority. */
  headerNotes?: ReactNode;
  /** The switch's accessible name. */
  switchLabel: string;
  /** What the rule answers and does, below the header. */
  children: ReactNode;
}

export function RuleRowFrame(props: RuleRowFrameProps) {
  const { testIdPrefix, rule, headerNotes, switchLabel, toggling, onToggle, onEdit, onDelete, children } =
    props;
  const { t } = useI18n();
  return (
    <li
      className={`automation-item${rule.enabled ? "" : " automation-item--off"}`}
      data-testid={testIdPrefix}
      data-rule-id={rule.id}
      data-enabled={rule.enabled}
    >
      <div className="automation-item__main">
        <header className="automation-item__header">
          <h3>{rule.name}</h3>
          {headerNotes}
          <span className="muted" title={t("automation.priority")}>
            {t("automation.priorityValue", { n: rule.priority })}
          </span>
        </header>
        {children}
      </div>
      <div className="automation-item__actions">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid={`${testIdPrefix}-enabled-${rule.id}`}
            checked={rule.enabled}
            disabled={toggling}
            aria-label={switchLabel}
            onChange={(event) => onToggle(event.target.checked)}
          />
          <span aria-hidden="true">{rule.enabled ? t("automation.on") : t("automation.off")}</span>
        </label>
        <EditDeleteButtons testIdPrefix={testIdPrefix} item={rule} onEdit={onEdit} onDelete={onDelete} />
      </div>
    </li>
  );
}
