/** The automation page's tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between them). */
import { useRef, type KeyboardEvent } from "react";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

export type AutomationTab =
  "keywords" | "default-reply" | "ref-links" | "templates" | "send-policy" | "comment-replies";

export const automationTabs: readonly { tab: AutomationTab; label: MessageKey }[] = [
  { tab: "keywords", label: "automation.tabKeywords" },
  { tab: "default-reply", label: "automation.tabDefaultReply" },
  { tab: "ref-links", label: "automation.tabRefLinks" },
  { tab: "templates", label: "automation.tabTemplates" },
  { tab: "send-policy", label: "automation.tabSendPolicy" },
  { tab: "comment-replies", label: "commentRules.tab" },
];

export const tabId = (tab: AutomationTab) => `automation-tab-${tab}`;
export const panelId = (tab: AutomationTab) => `automation-panel-${tab}`;

interface AutomationTabsProps {
  current: AutomationTab;
  onChange(tab: AutomationTab): void;
}

export function AutomationTabs({ current, onChange }: AutomationTabsProps) {
  const { t } = useI18n();
  const buttons = useRef(new Map<AutomationTab, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = automationTabs.findIndex((item) => item.tab === current);
    const last = automationTabs.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % automationTabs.length
        : event.key === "ArrowLeft"
          ? (index + last) % automationTabs.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    const tab = next === undefined ? undefined : automationTabs[next]?.tab;
    if (tab === undefined) return;
    event.preventDefault();
    onChange(tab);
    buttons.current.get(tab)?.focus();
  }

  return (
    <div
      className="automation-tabs"
      role="tablist"
      aria-label={t("automation.tabsLabel")}
      onKeyDown={onKeyDown}
    >
      {automationTabs.map(({ tab, label }) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          data-testid={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          className="automation-tabs__tab"
          onClick={() => onChange(tab)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
