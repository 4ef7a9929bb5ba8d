/** A module id input that suggests the published bot's modules, and still takes any id typed. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import type { PublishedBotModules } from "./use-bot-modules";

interface ModuleIdInputProps {
  id: string;
  testId: string;
  value: string;
  bot: PublishedBotModules;
  problems: LimitViolation[] | undefined;
  onChange(value: string): void;
}

export function ModuleIdInput({ id, testId, value, bot, problems, onChange }: ModuleIdInputProps) {
  const { t } = useI18n();
  const listId = `${id}-modules`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t("automation.moduleId")}
      </label>
      <input
        id={id}
        data-testid={testId}
        list={listId}
        autoComplete="off"
        value={value}
        placeholder="m_welcome"
        {...problemAria(problems, id)}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {bot.modules.map((module) => (
          <option key={module.id} value={module.id}>
            {module.name}
          </option>
        ))}
      </datalist>
      <span className="field__hint">
        {bot.botName === null
          ? t("automation.moduleHintNoBot")
          : t("automation.moduleHint", { bot: bot.botName })}
      </span>
      <FieldViolations id={`${id}-problems`} problems={problems} />
    </div>
  );
}
