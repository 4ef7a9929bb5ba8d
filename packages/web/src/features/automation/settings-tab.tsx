/** A tab that edits one part of the account's automation settings in a single form with a Save button. */
import type { ReactNode } from "react";
import type { LimitViolation } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { AutomationForm } from "./automation-form";
import { LoadingNote, TabSection } from "./tab-section";
import type { SettingsDraft } from "./use-settings-draft";

interface SettingsTabProps<D> {
  /** `send-policy` → heading `send-policy-title`, button `send-policy-save`, saved note `send-policy-saved`. */
  idPrefix: string;
  title: MessageKey;
  intro: MessageKey;
  settings: SettingsDraft<D>;
  formTestId?: string | undefined;
  /** Problems placed under `general`. */
  general: readonly LimitViolation[] | undefined;
  /** The form's fields, once the draft is loaded. */
  children(draft: D): ReactNode;
}

export function SettingsTab<D>({
  idPrefix,
  title,
  intro,
  settings,
  formTestId,
  general,
  children,
}: SettingsTabProps<D>) {
  const { draft, loadFailure, saving, saved, problem, submit } = settings;
  const titleId = `${idPrefix}-title`;
  return (
    <TabSection titleId={titleId} title={title} intro={intro} failure={loadFailure}>
      {draft === null && loadFailure === null && <LoadingNote />}
      {draft !== null && (
        <AutomationForm
          labelledBy={titleId}
          testId={formTestId}
          onSubmit={(event) => void submit(event)}
          general={general}
          problem={problem}
          actions={{
            saveTestId: `${idPrefix}-save`,
            saving,
            saved: saved && { testId: `${idPrefix}-saved` },
          }}
        >
          {children(draft)}
        </AutomationForm>
      )}
    </TabSection>
  );
}
