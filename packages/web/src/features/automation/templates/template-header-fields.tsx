/** The template header: none, a text (with at most one variable), a media sample handle, or a location. */
import type { LimitViolation } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { LabelledField } from "../labelled-field";
import { problemAria } from "../problem-aria";
import { headerFormats, type HeaderFormat, type TemplateDraft } from "./template-draft";
import type { TemplateField } from "./template-fields";
import { VariableExamples } from "./variable-examples";

const formatLabels: Record<HeaderFormat, MessageKey> = {
  none: "automation.headerNone",
  text: "automation.headerText",
  image: "automation.headerImage",
  video: "automation.headerVideo",
  document: "automation.headerDocument",
  location: "automation.headerLocation",
};

interface TemplateHeaderFieldsProps {
  draft: TemplateDraft;
  problems: (field: TemplateField) => LimitViolation[] | undefined;
  onChange(change: Partial<TemplateDraft>): void;
}

export function TemplateHeaderFields({ draft, problems, onChange }: TemplateHeaderFieldsProps) {
  const { t } = useI18n();
  const format = draft.headerFormat;
  const isMedia = format === "image" || format === "video" || format === "document";
  return (
    <fieldset className="template-part">
      <legend className="field__label">{t("automation.header")}</legend>
      <select
        aria-label={t("automation.headerFormat")}
        data-testid="template-header-format"
        value={format}
        onChange={(event) => {
          const next = headerFormats.find((f) => f === event.target.value);
          if (next) onChange({ headerFormat: next });
        }}
      >
        {headerFormats.map((f) => (
          <option key={f} value={f}>
            {t(formatLabels[f])}
          </option>
        ))}
      </select>
      <FieldViolations problems={problems("header")} />
      {format === "text" && (
        <>
          <label className="visually-hidden" htmlFor="template-header-text">
            {t("automation.headerTextLabel")}
          </label>
          <input
            id="template-header-text"
            data-testid="template-header-text"
            autoComplete="off"
            value={draft.headerText}
            placeholder={t("automation.headerTextPlaceholder")}
            {...problemAria(problems("header.text"), "template-header-text")}
            onChange={(event) => onChange({ headerText: event.target.value })}
          />
          <FieldViolations id="template-header-text-problems" problems={problems("header.text")} />
          <VariableExamples
            idPrefix="template-header-example"
            text={draft.headerText}
            examples={draft.headerExamples}
            problems={(name) => problems(`header.example.${name}`)}
            onChange={(headerExamples) => onChange({ headerExamples })}
          />
        </>
      )}
      {isMedia && (
        <LabelledField
          id="template-header-handle"
          label={t("automation.headerHandle")}
          hint={t("automation.headerHandleHint")}
          problems={problems("header.handle")}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={draft.headerHandle}
              placeholder="4::aW1hZ2UvanBlZw==:ARb…"
              onChange={(event) => onChange({ headerHandle: event.target.value })}
            />
          )}
        </LabelledField>
      )}
      {format === "location" && <span className="field__hint">{t("automation.headerLocationHint")}</span>}
    </fieldset>
  );
}
