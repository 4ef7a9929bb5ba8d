/** The open module's name (renaming keeps its id), its kind, and deleting it (standard modules only). */
import type { Bot, BotModule, BotProblem } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { placeOfPath } from "../bot-path";
import { ConfirmButton } from "../fields/confirm-button";
import { canDeleteModule } from "../module-edits";
import { referencesTo } from "../module-references";

export const moduleKindKeys: Record<BotModule["kind"], MessageKey> = {
  welcome: "botEditor.kindWelcome",
  human_agent: "botEditor.kindHumanAgent",
  standard: "botEditor.kindStandard",
};

interface ModuleHeaderProps {
  module: BotModule;
  bot: Bot;
  /** Problems of the module as a whole (no node). */
  problems: readonly BotProblem[];
  onRename(name: string): void;
  onDelete(): void;
}

export function ModuleHeader({ module, bot, problems, onRename, onDelete }: ModuleHeaderProps) {
  const { t } = useI18n();
  const references = referencesTo(bot, module.id).filter(
    (reference) => reference.moduleId !== module.id,
  ).length;
  const violations = problems.map((problem) => ({
    path: placeOfPath(problem.path).field,
    rule: "invalid",
    message: problem.message,
  }));
  return (
    <header className="module-header">
      <div className="module-header__title">
        <label className="visually-hidden" htmlFor="module-rename-input">
          {t("botEditor.moduleName")}
        </label>
        <input
          id="module-rename-input"
          data-testid="module-rename-input"
          className="module-header__name"
          value={module.name}
          aria-invalid={module.name.trim() === ""}
          onChange={(event) => onRename(event.target.value)}
        />
        <span className={`module-kind module-kind--${module.kind}`}>{t(moduleKindKeys[module.kind])}</span>
        <code className="muted" title={t("botEditor.moduleIdHint")}>
          {module.id}
        </code>
        {canDeleteModule(module) ? (
          <ConfirmButton
            label={t("botEditor.deleteModule")}
            question={
              references > 0
                ? t("botEditor.deleteModuleReferenced", { name: module.name, count: references })
                : t("botEditor.deleteModuleQuestion", { name: module.name })
            }
            confirmLabel={t("botEditor.delete")}
            onConfirm={onDelete}
            testId="module-delete"
          />
        ) : (
          <span className="field__hint">{t("botEditor.moduleRequired")}</span>
        )}
      </div>
      {module.name.trim() === "" && <p className="field__error">{t("botEditor.moduleNameRequired")}</p>}
      <FieldViolations problems={violations} />
    </header>
  );
}
