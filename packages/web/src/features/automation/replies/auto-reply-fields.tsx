/** Chooses what an automation answers: nothing (default reply only), a text, or a bot module. */
import type { LimitViolation } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { LabelledField } from "../labelled-field";
import type { AutoReplyDraft, AutoReplyKind, ReplyField } from "./auto-reply-draft";
import { ModuleIdInput } from "./module-id-input";
import type { PublishedBotModules } from "./use-bot-modules";

interface AutoReplyFieldsProps {
  /** Prefix of element ids and test ids, e.g. `keyword-rule` → `keyword-rule-reply-text`. */
  idPrefix: string;
  draft: AutoReplyDraft;
  allowNone: boolean;
  bot: PublishedBotModules;
  problems: (field: ReplyField) => LimitViolation[] | undefined;
  onChange(draft: AutoReplyDraft): void;
}

const kindLabels: Record<AutoReplyKind, MessageKey> = {
  none: "automation.replyNone",
  text: "automation.replyText",
  module: "automation.replyModule",
};

export function AutoReplyFields({
  idPrefix,
  draft,
  allowNone,
  bot,
  problems,
  onChange,
}: AutoReplyFieldsProps) {
  const { t } = useI18n();
  const kinds: AutoReplyKind[] = allowNone ? ["none", "text", "module"] : ["text", "module"];
  const textId = `${idPrefix}-reply-text`;
  const textProblems = problems("reply.text");
  return (
    <fieldset className="reply-fields">
      <legend className="field__label">{t("automation.reply")}</legend>
      <div className="segmented">
        {kinds.map((kind) => (
          <label key={kind} className="segmented__radio">
            <input
              type="radio"
              name={`${idPrefix}-reply-kind`}
              value={kind}
              data-testid={`${idPrefix}-reply-kind-${kind}`}
              checked={draft.kind === kind}
              onChange={() => onChange({ ...draft, kind })}
            />
            {t(kindLabels[kind])}
          </label>
        ))}
      </div>
      <FieldViolations problems={problems("reply")} />
      {draft.kind === "text" && (
        <LabelledField id={textId} label={t("automation.replyTextLabel")} problems={textProblems}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.text}
              onChange={(event) => onChange({ ...draft, text: event.target.value })}
            />
          )}
        </LabelledField>
      )}
      {draft.kind === "module" && (
        <ModuleIdInput
          id={`${idPrefix}-reply-module`}
          value={draft.moduleId}
          bot={bot}
          problems={problems("reply.moduleId")}
          onChange={(moduleId) => onChange({ ...draft, moduleId })}
        />
      )}
    </fieldset>
  );
}
