/** A choices message: header, body, footer, how it shows, and its options. */
import type { ChoiceOption } from "../../../api/bots-api";
import { optionIdFromTitle } from "../../composer/option-id";
import type { MessageFormProps } from "./message-forms";
import { ChoiceSettings } from "./choice-settings";
import { HeaderFields } from "./header-fields";
import { InteractiveTextFields } from "./interactive-text-fields";
import { SectionsEditor } from "./sections-editor";

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
    <>
      <HeaderFields
        header={message.header}
        onChange={(header) => onChange({ ...message, header })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <InteractiveTextFields
        body={message.body}
        footer={message.footer}
        onChange={(change) => onChange({ ...message, ...change })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <ChoiceSettings
        style={message.style}
        listButton={message.listButton}
        onChange={(change) => onChange({ ...message, ...change })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <SectionsEditor
        sections={message.sections}
        onChange={(sections) => onChange({ ...message, sections })}
        newOption={newOption}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
    </>
  );
}
