/** The bot's modules down the left: welcome and human agent marked, problem counts, and adding one. */
import { useState, type FormEvent } from "react";
import type { BotModule } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { moduleKindKeys } from "./module-header";
import { ProblemBadge } from "./problem-badge";

interface ModuleListProps {
  modules: readonly BotModule[];
  selectedId: string;
  problemCounts: ReadonlyMap<string, number>;
  onSelect(moduleId: string): void;
  onAdd(name: string): void;
}

export function ModuleList({ modules, selectedId, problemCounts, onSelect, onAdd }: ModuleListProps) {
  const { t } = useI18n();
  const [name, setName] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "") return;
    onAdd(name.trim());
    setName("");
  }

  return (
    <nav className="module-list" aria-label={t("botEditor.modules")}>
      <h2 className="module-list__title">{t("botEditor.modules")}</h2>
      <ul>
        {modules.map((module) => {
          const count = problemCounts.get(module.id) ?? 0;
          return (
            <li key={module.id}>
              <button
                type="button"
                className="module-list__item"
                data-testid={`module-item-${module.id}`}
                data-module-kind={module.kind}
                aria-current={module.id === selectedId ? "true" : undefined}
                onClick={() => onSelect(module.id)}
              >
                <span className="module-list__name">{module.name || module.id}</span>
                <span className="module-list__meta">
                  {module.kind !== "standard" && (
                    <span className={`module-kind module-kind--${module.kind}`}>
                      {t(moduleKindKeys[module.kind])}
                    </span>
                  )}
                  <span className="muted">{t("botEditor.nodeCount", { count: module.nodes.length })}</span>
                  {count > 0 && <ProblemBadge count={count} testId="module-problem-count" />}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <form className="module-list__add" onSubmit={submit}>
        <label className="field__label" htmlFor="module-name-input">
          {t("botEditor.newModule")}
        </label>
        <input
          id="module-name-input"
          data-testid="module-name-input"
          value={name}
          placeholder={t("botEditor.newModulePlaceholder")}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" data-testid="module-add" disabled={name.trim() === ""}>
          + {t("botEditor.addModule")}
        </button>
      </form>
    </nav>
  );
}
