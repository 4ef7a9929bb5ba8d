/** The composer's main input is the text, a note, the body of choices or a product, or a media caption. */
import type { MessageKey } from "../../i18n/en";
import type { ComposerMode } from "./composer-mode-switch";

export interface InputTexts {
  label: MessageKey;
  placeholder: MessageKey;
}

const INPUT_TEXTS: Record<Exclude<ComposerMode, "template">, InputTexts> = {
  text: { label: "composer.textLabel", placeholder: "composer.textPlaceholder" },
  note: { label: "composer.noteLabel", placeholder: "composer.notePlaceholder" },
  choices: { label: "composer.bodyLabel", placeholder: "composer.bodyPlaceholder" },
  media: { label: "composerMedia.caption", placeholder: "composerMedia.captionPlaceholder" },
  product: { label: "composerProduct.body", placeholder: "composerProduct.bodyPlaceholder" },
};

/** Pure: the main input's label and placeholder in `mode` (a template has its own form). */
export function inputTextsOf(mode: ComposerMode): InputTexts {
  return INPUT_TEXTS[mode === "template" ? "text" : mode];
}
