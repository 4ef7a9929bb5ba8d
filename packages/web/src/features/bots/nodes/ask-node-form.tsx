/** Asks a question, checks the answer and keeps it in a contact attribute. */
import type { AnswerValidation } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, within } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { MessageEditor } from "../messages/message-editor";
import { convertMessage } from "../new-message";
import type { NodeFormProps } from "./node-form";
import { RetryFields } from "./retry-fields";

const validations: { value: AnswerValidation; key: MessageKey }[] = [
  { value: "text", key: "botNode.validationText" },
  { value: "number", key: "botNode.validationNumber" },
  { value: "email", key: "botNode.validationEmail" },
  { value: "phone", key: "botNode.validationPhone" },
  { value: "date", key: "botNode.validationDate" },
  { value: "choice", key: "botNode.validationChoice" },
  { value: "location", key: "botNode.validationLocation" },
];

export function AskNodeForm({ node, onChange, scope }: NodeFormProps<"ask">) {
  const { t } = useI18n();
  return (
    <>
      <MessageEditor
        legend={t("botNode.question")}
        message={node.message}
        kinds={node.validation === "choice" ? ["choices", "carousel"] : undefined}
        onChange={(message) => onChange({ ...node, message })}
        scope={within(scope, "message")}
        testIdPrefix="message"
      />
      <div className="fields-row">
        <TextField
          className="fields-row__grow"
          label={t("botNode.saveAnswerIn")}
          value={node.attribute}
          mono
          placeholder="email"
          onChange={(attribute) => onChange({ ...node, attribute })}
          problems={problemsAt(scope, "attribute")}
          testId="ask-attribute"
        />
        <SelectField
          label={t("botNode.validation")}
          value={node.validation}
          options={validations.map((option) => ({ value: option.value, label: t(option.key) }))}
          onChange={(validation) =>
            onChange({
              ...node,
              validation,
              // A choice question must be a choices or carousel message; the words carry over.
              message:
                validation === "choice" && node.message.kind !== "carousel"
                  ? convertMessage(node.message, "choices")
                  : node.message,
            })
          }
          problems={problemsAt(scope, "validation")}
          testId="ask-validation"
        />
      </div>
      <RetryFields
        value={node}
        onChange={(retry) => onChange({ ...node, ...retry })}
        scope={scope}
        giveUpNoneLabel={t("botNode.giveUpRequired")}
      />
    </>
  );
}
