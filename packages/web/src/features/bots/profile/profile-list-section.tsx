/**
 * A numbered list of profile entries (menu items, ice breakers) up to a platform maximum: title with the
 * count, hint, the list's problems, one row per entry with a remove button, and an add button.
 */
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemsAt, within, type ProblemScope } from "../fields/problem-scope";
import { replaceAt } from "./profile-edits";

interface ProfileListSectionProps<T> {
  testId: string;
  /** Each row's test id; its remove button's reads `<rowTestId>-remove`. */
  rowTestId: string;
  addTestId: string;
  title: string;
  hint: string;
  empty: string;
  addLabel: string;
  removeLabel(n: number): string;
  items: readonly T[];
  max: number;
  /** The entries' path inside `scope` (`items`, `questions`). */
  listPath: string;
  scope: ProblemScope;
  /** The list-wide problems (of `persistentMenu`, `iceBreakers`). */
  listProblems: ProblemScope;
  onChange(items: T[]): void;
  newItem(): T;
  /** One entry's fields; `at` scopes the problems to the entry. */
  renderFields(item: T, set: (next: T) => void, at: ProblemScope): ReactNode;
}

export function ProfileListSection<T>(props: ProfileListSectionProps<T>) {
  const { items, max, listPath, scope, onChange, rowTestId } = props;
  const { t } = useI18n();
  return (
    <section className="profile-section" data-testid={props.testId}>
      <h3 className="profile-section__title">
        {props.title} <span className="muted">{t("botProfile.menuCount", { count: items.length, max })}</span>
      </h3>
      <p className="muted">{props.hint}</p>
      <FieldViolations
        problems={[...(problemsAt(props.listProblems, "") ?? []), ...(problemsAt(scope, listPath) ?? [])]}
      />
      {items.length === 0 && <p className="empty-state">{props.empty}</p>}
      <ol className="profile-list">
        {items.map((item, index) => {
          const set = (next: T | undefined) => onChange(replaceAt(items, index, next));
          return (
            <li className="profile-row" key={index} data-testid={rowTestId}>
              <span className="option-row__number" aria-hidden="true">
                {index + 1}
              </span>
              {props.renderFields(item, set, within(scope, `${listPath}[${index}]`))}
              <button
                type="button"
                className="icon-button"
                data-testid={`${rowTestId}-remove`}
                aria-label={props.removeLabel(index + 1)}
                onClick={() => set(undefined)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        data-testid={props.addTestId}
        disabled={items.length >= max}
        onClick={() => onChange([...items, props.newItem()])}
      >
        + {props.addLabel}
      </button>
    </section>
  );
}
