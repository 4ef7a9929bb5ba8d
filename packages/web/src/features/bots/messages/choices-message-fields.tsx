/** A choices message: header, body, footer, how it shows, and its options. */
import type { ChoiceOption } from "../../../api/bots-api";
import { optionIdFromTitle } from "../../composer/option-id";
import { ChoicesFields } from "./choices-fields";
import type { MessageFormProps } from "./message-forms";

const newOption = (takenIds: readonly string[]): ChoiceOption => ({
  id: optionIdFromTitle("", takenIds),
  title: "",
});

export function ChoicesMessageFields({
  message,
  onChange,
  scope,
  testIdPrefix,
}: MessageFormProps<"choices">) {
  return (
    <ChoicesFields
      value={message}
      onChange={onChange}
      newOption={newOption}
      scope={scope}
      testIdPrefix={testIdPrefix}
    />
  );
}
