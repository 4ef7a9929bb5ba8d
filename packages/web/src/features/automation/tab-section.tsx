/** One tab of the automation page: its title and intro, its actions on the right, the failure banner, then its body. */
import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { FailureBanner, type Failure } from "./failure-banner";

interface TabSectionProps {
  /** The heading's element id; the section and its form are labelled by it. */
  titleId: string;
  title: MessageKey;
  intro: MessageKey;
  /** Buttons beside the heading (create, sync). */
  actions?: ReactNode;
  failure: Failure | null;
  children: ReactNode;
}

export function TabSection({ titleId, title, intro, actions, failure, children }: TabSectionProps) {
  const { t } = useI18n();
  return (
    <section className="automation-section" aria-labelledby={titleId}>
      <div className="automation-section__header">
        <div>
          <h2 id={titleId}>{t(title)}</h2>
          <p className="field__hint">{t(intro)}</p>
        </div>
        {actions}
      </div>
      <FailureBanner failure={failure} />
      {children}
    </section>
  );
}

interface CreateButtonProps {
  label: MessageKey;
  testId: string;
  onClick(): void;
}

/** The primary "+ New …" button of a list tab. */
export function CreateButton({ label, testId, onClick }: CreateButtonProps) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--primary" data-testid={testId} onClick={onClick}>
      + {t(label)}
    </button>
  );
}

interface ListNotesProps {
  items: readonly unknown[] | null;
  failure: Failure | null;
  /** Text shown when the list is empty. */
  empty: MessageKey;
  /** True while a new item is being written: its form stands where the empty note would. */
  creating: boolean;
}

/** "Loading…" until the list first answers (unless that failed), then the empty note when it has nothing. */
export function ListNotes({ items, failure, empty, creating }: ListNotesProps) {
  const { t } = useI18n();
  if (items === null) return failure === null ? <LoadingNote /> : null;
  return items.length === 0 && !creating ? <p className="empty-state">{t(empty)}</p> : null;
}

/** The note shown while a tab's data is on its way. */
export function LoadingNote() {
  const { t } = useI18n();
  return <p className="empty-state">{t("automation.loading")}</p>;
}
