/** What a set of choices is written with: header, body, footer, how they show, and their options. */
import type { ReactNode } from "react";
import type { ProblemScope } from "../fields/problem-scope";
import { ChoiceSettings, type ChoiceFallback, type ChoiceStyle } from "./choice-settings";
import { InteractiveTextFields, type InteractiveTexts } from "./interactive-text-fields";
import type { BaseOption } from "./option-row";
import { SectionsEditor, type Section } from "./sections-editor";

/** A choices message or a choice node: the same texts and options, a node's options doing more. */
export interface ChoicesValue<O extends BaseOption> extends InteractiveTexts {
  style: ChoiceStyle;
  listButton?: string | undefined;
  fallback?: ChoiceFallback | undefined;
  sections: Section<O>[];
}

interface ChoicesFieldsProps<O extends BaseOption, V extends ChoicesValue<O>> {
  value: V;
  onChange(value: V): void;
  newOption(takenIds: readonly string[]): O;
  scope: ProblemScope;
  testIdPrefix: string;
  /** More fields for one option (a choice node's go-to and tags). */
  renderExtras?(option: O, update: (option: O) => void, scope: ProblemScope): ReactNode;
}

export function ChoicesFields<O extends BaseOption, V extends ChoicesValue<O>>({
  value,
  onChange,
  newOption,
  scope,
  testIdPrefix,
  renderExtras,
}: ChoicesFieldsProps<O, V>) {
  return (
    <>
      <InteractiveTextFields value={value} onChange={onChange} scope={scope} testIdPrefix={testIdPrefix} />
      <ChoiceSettings
        style={value.style}
        listButton={value.listButton}
        fallback={value.fallback}
        onChange={(change) => onChange({ ...value, ...change })}
        scope={scope}
        testIdPrefix={testIdPrefix}
      />
      <SectionsEditor
        sections={value.sections}
        onChange={(sections) => onChange({ ...value, sections })}
        newOption={newOption}
        scope={scope}
        testIdPrefix={testIdPrefix}
        renderExtras={renderExtras}
      />
    </>
  );
}
