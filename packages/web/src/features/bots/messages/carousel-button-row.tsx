/** One button of a carousel card: a reply (its id comes back; in a node it may route) or a link. */
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import type { EditorButton } from "../carousel-cards";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";

interface CarouselButtonRowProps {
  button: EditorButton;
  number: number;
  onChange(button: EditorButton): void;
  onTitle(title: string): void;
  onSwitchType(): void;
  onRemove(): void;
  scope: ProblemScope;
  testIdPrefix: string;
  /** More fields for a reply button (a carousel node's go-to and tags). */
  extras?: ReactNode;
}

export function CarouselButtonRow({
  button,
  number,
  onChange,
  onTitle,
  onSwitchType,
  onRemove,
  scope,
  testIdPrefix,
  extras,
}: CarouselButtonRowProps) {
  const { t } = useI18n();
  const prefix = `${testIdPrefix}-button`;
  return (
    <li className="option-row" data-testid={prefix}>
      <div className="option-row__fields">
        <FieldViolations problems={problemsAt(scope, "")} />
        <div className="option-row__main">
          <SelectField
            label={t("carousel.buttonType", { n: number })}
            value={button.type}
            options={[
              { value: "reply", label: t("carousel.buttonReply") },
              { value: "url", label: t("carousel.buttonUrl") },
            ]}
            onChange={(type) => {
              if (type !== button.type) onSwitchType();
            }}
            problems={problemsAt(scope, "type")}
            testId={`${prefix}-type`}
          />
          <TextField
            className="option-row__title"
            label={t("carousel.buttonTitle")}
            value={button.title}
            onChange={onTitle}
            problems={problemsAt(scope, "title")}
            testId={`${prefix}-title`}
          />
          {button.type === "reply" ? (
            <TextField
              className="option-row__id"
              label={t("carousel.buttonId")}
              value={button.id}
              mono
              onChange={(id) => onChange({ ...button, id })}
              problems={problemsAt(scope, "id")}
              testId={`${prefix}-id`}
            />
          ) : (
            <TextField
              className="option-row__description"
              label={t("carousel.buttonUrlField")}
              type="url"
              placeholder="https://"
              value={button.url}
              onChange={(url) => onChange({ ...button, url })}
              problems={problemsAt(scope, "url")}
              testId={`${prefix}-url`}
            />
          )}
        </div>
        {button.type === "reply" && extras}
      </div>
      <button
        type="button"
        className="icon-button"
        data-testid={`${prefix}-remove`}
        aria-label={t("carousel.removeButton")}
        title={t("carousel.removeButton")}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
