/** A module id input that suggests the published bot's modules, and still takes any id typed. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { LabelledField } from "../labelled-field";
import type { PublishedBotModules } from "./use-bot-modules";

interface ModuleIdInputProps {
  /** Element id and test id. */
  id: string;
  value: string;
  bot: PublishedBotModules;
  problems: LimitViolation[] | undefined;
  onChange(value: string): void;
}

export function ModuleIdInput({ id, value, bot, problems, onChange }: ModuleIdInputProps) {
  const { t } = useI18n();
  const listId = `${id}-modules`;
  return (
    <LabelledField
      id={id}
      label={t("automation.moduleId")}
      problems={problems}
      hint={
        bot.botName === null
          ? t("automation.moduleHintNoBot")
          : t("automation.moduleHint", { bot: bot.botName })
      }
    >
      {(control) => (
        <>
          <input
            {...control}
            list={listId}
            autoComplete="off"
            value={value}
            placeholder="m_welcome"
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={listId}>
            {bot.modules.map((module) => (
              <option key={module.id} value={module.id}>
                {module.name}
              </option>
            ))}
          </datalist>
        </>
      )}
    </LabelledField>
  );
}
