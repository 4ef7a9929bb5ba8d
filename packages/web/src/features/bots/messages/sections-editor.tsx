/** The options of a choice, in one or more titled sections (sections show as groups of a list). */
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { otherOptionIds, withOptionTitle } from "../choice-options";
import { problemsAt, within, type ProblemScope } from "../fields/problem-scope";
import { optionalText, TextField } from "../fields/text-field";
import { OptionRow, type BaseOption } from "./option-row";

export interface Section<O> {
  title?: string | undefined;
  options: O[];
}

interface SectionsEditorProps<O extends BaseOption> {
  sections: readonly Section<O>[];
  onChange(sections: Section<O>[]): void;
  newOption(takenIds: readonly string[]): O;
  scope: ProblemScope;
  testIdPrefix: string;
  /** More fields for one option (a choice node's go-to and tags). */
  renderExtras?(option: O, update: (option: O) => void, scope: ProblemScope): ReactNode;
}

export function SectionsEditor<O extends BaseOption>({
  sections,
  onChange,
  newOption,
  scope,
  testIdPrefix,
  renderExtras,
}: SectionsEditorProps<O>) {
  const { t } = useI18n();
  const allIds = sections.flatMap((section) => section.options.map((option) => option.id));
  const optionCount = allIds.length;

  const setSection = (index: number, section: Section<O>) =>
    onChange(sections.map((current, at) => (at === index ? section : current)));
  const setOption = (s: number, o: number, option: O) => {
    const section = sections[s];
    if (section)
      setSection(s, {
        ...section,
        options: section.options.map((current, at) => (at === o ? option : current)),
      });
  };

  return (
    <fieldset className="subform">
      <legend>{t("choices.options")}</legend>
      <FieldViolations problems={problemsAt(scope, "sections")} />
      {sections.map((section, s) => {
        const sectionScope = within(scope, `sections[${s}]`);
        return (
          <section
            key={s}
            className="sections-editor__section"
            aria-label={t("botMessage.section", { n: s + 1 })}
          >
            {(sections.length > 1 || section.title !== undefined) && (
              <div className="fields-row">
                <TextField
                  className="fields-row__grow"
                  label={t("botMessage.sectionTitle", { n: s + 1 })}
                  value={section.title ?? ""}
                  onChange={(title) => setSection(s, { ...section, title: optionalText(title) })}
                  problems={problemsAt(sectionScope, "title")}
                  testId={`${testIdPrefix}-section-title`}
                />
                <button
                  type="button"
                  className="button button--ghost button--compact"
                  disabled={sections.length <= 1}
                  onClick={() => onChange(sections.filter((_, at) => at !== s))}
                >
                  {t("botMessage.removeSection", { n: s + 1 })}
                </button>
              </div>
            )}
            <FieldViolations
              problems={[
                ...(problemsAt(sectionScope, "") ?? []),
                ...(problemsAt(sectionScope, "options") ?? []),
              ]}
            />
            <ol className="option-rows">
              {section.options.map((option, o) => (
                <OptionRow
                  key={o}
                  option={option}
                  number={o + 1}
                  scope={within(sectionScope, `options[${o}]`)}
                  testIdPrefix={testIdPrefix}
                  canRemove={optionCount > 1}
                  onTitle={(title) =>
                    setOption(s, o, withOptionTitle(option, title, otherOptionIds(sections, s, o)))
                  }
                  onChange={(next) => setOption(s, o, next)}
                  onRemove={() =>
                    setSection(s, { ...section, options: section.options.filter((_, at) => at !== o) })
                  }
                  extras={renderExtras?.(
                    option,
                    (next) => setOption(s, o, next),
                    within(sectionScope, `options[${o}]`),
                  )}
                />
              ))}
            </ol>
            <button
              type="button"
              className="button button--ghost button--compact"
              data-testid={`${testIdPrefix}-option-add`}
              onClick={() => setSection(s, { ...section, options: [...section.options, newOption(allIds)] })}
            >
              + {t("choices.add")}
            </button>
          </section>
        );
      })}
      <button
        type="button"
        className="button button--ghost button--compact"
        data-testid={`${testIdPrefix}-section-add`}
        onClick={() => onChange([...sections, { title: "", options: [newOption(allIds)] }])}
      >
        + {t("botMessage.addSection")}
      </button>
    </fieldset>
  );
}
