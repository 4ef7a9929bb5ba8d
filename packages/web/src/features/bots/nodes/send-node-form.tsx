/** Sends one message and goes on with the next node. */
import { useI18n } from "../../../i18n/i18n-context";
import { within } from "../fields/problem-scope";
import { MessageEditor } from "../messages/message-editor";
import type { NodeFormProps } from "./node-form";

export function SendNodeForm({ node, onChange, scope }: NodeFormProps<"send">) {
  const { t } = useI18n();
  return (
    <MessageEditor
      legend={t("botNode.message")}
      message={node.message}
      onChange={(message) => onChange({ ...node, message })}
      scope={within(scope, "message")}
      testIdPrefix="message"
    />
  );
}
