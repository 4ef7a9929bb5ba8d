/** Offers options as buttons or a list; each option may go to a module and add or remove tags. */
import { newChoiceOption } from "../choice-options";
import { ChoicesFields } from "../messages/choices-fields";
import { AnswerSettingsFields } from "./answer-settings-fields";
import type { NodeFormProps } from "./node-form";
import { OptionOutcomeFields } from "./option-outcome-fields";

export function ChoiceNodeForm({ node, onChange, scope }: NodeFormProps<"choice">) {
  return (
    <>
      <ChoicesFields
        value={node}
        onChange={onChange}
        newOption={newChoiceOption}
        scope={scope}
        testIdPrefix="choice"
        renderExtras={(option, update, optionScope) => (
          <OptionOutcomeFields
            value={option}
            onChange={update}
            scope={optionScope}
            testIdPrefix="choice-option"
            addTagsPlaceholder="vip, booked"
          />
        )}
      />
      <AnswerSettingsFields value={node} onChange={onChange} scope={scope} testIdPrefix="choice" />
    </>
  );
}
