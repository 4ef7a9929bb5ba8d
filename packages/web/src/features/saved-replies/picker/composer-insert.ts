/** What inserting a rendered saved reply puts into the composer, which writes plain text or choices. */
import type { OutboundMessage } from "../../../api/types";
import type { ChoicesDraft } from "../../composer/choices-draft";
import { newChoicesDraft, newOptionDraft } from "../../composer/choices-draft";
import type { ComposerMode } from "../../composer/composer-mode-switch";

export interface ComposerInsert {
  mode: ComposerMode;
  /** The text, or the body of choices. */
  text: string;
  /** The choices editor's content; null for plain text. */
  draft: ChoicesDraft | null;
  /** True when parts the composer cannot write (media, header, footer…) were left out. */
  partial: boolean;
}

type ChoicesMessage = Extract<OutboundMessage, { kind: "choices" }>;

/**
 * Pure: a `choices` message → the choices editor's draft, every option of every section in order with
 * its id kept. `partial` when the editor cannot hold all of it (header, footer, section titles, sections).
 */
export function choicesDraftOf(message: ChoicesMessage): { draft: ChoicesDraft; partial: boolean } {
  const options = message.sections.flatMap((section) =>
    section.options.map((option) => ({
      ...newOptionDraft(),
      title: option.title,
      description: option.description ?? "",
      id: option.id,
      idEdited: true,
    })),
  );
  const draft: ChoicesDraft = {
    ...newChoicesDraft(),
    style: message.style,
    listButton: message.listButton ?? "",
    ...(options.length === 0 ? {} : { options }),
  };
  const partial =
    message.header !== undefined ||
    message.footer !== undefined ||
    message.sections.length > 1 ||
    message.sections.some((section) => section.title !== undefined);
  return { draft, partial };
}

/** Pure: a rendered reply → the composer's mode, text and choices; other kinds give their text only. */
export function composerInsertOf(message: OutboundMessage): ComposerInsert {
  switch (message.kind) {
    case "text":
      return { mode: "text", text: message.text, draft: null, partial: false };
    case "choices":
      return { mode: "choices", text: message.body, ...choicesDraftOf(message) };
    default:
      return { mode: "text", text: readableTextOf(message), draft: null, partial: true };
  }
}

/** Pure: the main text a customer reads in a message: its text, body or caption; "" when it has none. */
export function readableTextOf(message: OutboundMessage): string {
  switch (message.kind) {
    case "text":
      return message.text;
    case "media":
      return message.caption ?? "";
    case "choices":
    case "cta_url":
    case "location_request":
    case "product_list":
    case "flow":
      return message.body;
    case "product":
      return message.body ?? "";
    case "location":
      return [message.name, message.address].filter((part) => part !== undefined).join(" · ");
    default:
      return "";
  }
}
