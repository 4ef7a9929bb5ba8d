/**
 * Options, display style, list button and (where the channel shows one) header image of a `choices`
 * message; the body is the composer's main input.
 */
import type { LimitViolation } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { ChoiceOptionRow } from "./choice-option-row";
import { ChoicesHeaderField } from "./choices-header-field";
import { newOptionDraft, withId, withTitle, type ChoicesDraft, type ChoiceStyle } from "./choices-draft";
import { FieldViolations } from "./field-violations";
import type { FieldKey } from "./violation-path";

interface ChoicesEditorProps {
  draft: ChoicesDraft;
  problems: ReadonlyMap<FieldKey, LimitViolation[]>;
  /** Receives an update of the latest draft (React state updater), so quick successive edits all apply. */
  onChange(update: (draft: ChoicesDraft) => ChoicesDraft): void;
  /** Rows moved: problems found for the old rows no longer point at the right inputs. */
  onRowsChanged(): void;
  /** Whether to offer an image above the body (the channel shows one). */
  imageHeader: boolean;
}

const styles: ChoiceStyle[] = ["auto", "buttons", "list"];
const styleKeys: Record<ChoiceStyle, MessageKey> = {
  auto: "choices.styleAuto",
  buttons: "choices.styleButtons",
  list: "choices.styleList",
};

export function ChoicesEditor({ draft, problems, onChange, onRowsChanged, imageHeader }: ChoicesEditorProps) {
  const { t } = useI18n();

  function setOption(row: number, field: "title" | "description" | "id", value: string) {
    if (field === "title") return onChange((current) => withTitle(current, row, value));
    if (field === "id") return onChange((current) => withId(current, row, value));
    onChange((current) => ({
      ...current,
      options: current.options.map((option, index) =>
        index === row ? { ...option, description: value } : option,
      ),
    }));
  }

  function remove(row: number) {
    onChange((current) => ({ ...current, options: current.options.filter((_, index) => index !== row) }));
    onRowsChanged();
  }

  return (
    <div className="choices-editor">
      {imageHeader && (
        <ChoicesHeaderField
          url={draft.headerImageUrl}
          problems={problems.get("header")}
          onChange={(headerImageUrl) => onChange((current) => ({ ...current, headerImageUrl }))}
        />
      )}
      <fieldset className="choices-editor__options">
        <legend>{t("choices.options")}</legend>
        <FieldViolations problems={problems.get("options")} />
        <ol className="choice-options">
          {draft.options.map((option, row) => (
            <ChoiceOptionRow
              key={option.key}
              option={option}
              row={row}
              problems={problems}
              canRemove={draft.options.length > 1}
              onChange={(field, value) => setOption(row, field, value)}
              onRemove={() => remove(row)}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--ghost"
          data-testid="choice-add"
          onClick={() =>
            onChange((current) => ({ ...current, options: [...current.options, newOptionDraft()] }))
          }
        >
          + {t("choices.add")}
        </button>
      </fieldset>
      <div className="choices-editor__settings">
        <div className="field field--inline">
          <label className="field__label" htmlFor="choice-style">
            {t("choices.style")}
          </label>
          <select
            id="choice-style"
            data-testid="choice-style"
            value={draft.style}
            onChange={(event) => {
              const style = styles.find((candidate) => candidate === event.target.value);
              if (style) onChange((current) => ({ ...current, style }));
            }}
          >
            {styles.map((style) => (
              <option key={style} value={style}>
                {t(styleKeys[style])}
              </option>
            ))}
          </select>
          <FieldViolations problems={problems.get("style")} />
        </div>
        {draft.style !== "buttons" && (
          <div className="field field--inline">
            <label className="field__label" htmlFor="choice-list-button">
              {t("choices.listButton")}
            </label>
            <input
              id="choice-list-button"
              data-testid="choice-list-button"
              value={draft.listButton}
              placeholder={t("choices.listButtonPlaceholder")}
              aria-invalid={problems.has("listButton")}
              onChange={(event) => {
                const listButton = event.target.value;
                onChange((current) => ({ ...current, listButton }));
              }}
            />
            <FieldViolations problems={problems.get("listButton")} />
          </div>
        )}
      </div>
    </div>
  );
}
