/** The choices editor's state, and the neutral `choices` message it becomes. */
import type { OutboundMessageInput } from "../../api/types";
import { optionIdFromTitle } from "./option-id";

export type ChoiceStyle = "auto" | "buttons" | "list";

export interface OptionDraft {
  /** Stable React key; not sent. */
  key: number;
  title: string;
  description: string;
  id: string;
  /** Once the author edits the id, the title no longer rewrites it. */
  idEdited: boolean;
}

export interface ChoicesDraft {
  style: ChoiceStyle;
  listButton: string;
  options: OptionDraft[];
  /** URL of an image shown above the body (e.g. a product photo with reply buttons); empty for none. */
  headerImageUrl: string;
}

let nextKey = 1;

export function newOptionDraft(): OptionDraft {
  return { key: nextKey++, title: "", description: "", id: "", idEdited: false };
}

export function newChoicesDraft(): ChoicesDraft {
  return { style: "auto", listButton: "", options: [newOptionDraft()], headerImageUrl: "" };
}

const otherIds = (draft: ChoicesDraft, row: number) =>
  draft.options.filter((_, index) => index !== row).map((option) => option.id);

/** Pure: the draft after a title edit; the id follows the title until it was edited by hand. */
export function withTitle(draft: ChoicesDraft, row: number, title: string): ChoicesDraft {
  const options = draft.options.map((option, index) => {
    if (index !== row) return option;
    const id = option.idEdited
      ? option.id
      : title.trim() === ""
        ? ""
        : optionIdFromTitle(title, otherIds(draft, row));
    return { ...option, title, id };
  });
  return { ...draft, options };
}

/** Pure: the draft after an id edit; clearing the id hands it back to the title. */
export function withId(draft: ChoicesDraft, row: number, id: string): ChoicesDraft {
  const options = draft.options.map((option, index) => {
    if (index !== row) return option;
    if (id !== "") return { ...option, id, idEdited: true };
    const auto = option.title.trim() === "" ? "" : optionIdFromTitle(option.title, otherIds(draft, row));
    return { ...option, id: auto, idEdited: false };
  });
  return { ...draft, options };
}

const isBlank = (option: OptionDraft) => option.title.trim() === "" && option.description.trim() === "";

export interface BuiltChoices {
  message: OutboundMessageInput;
  /** For each option of the message (section 0), the editor row it came from. */
  optionRows: number[];
}

/**
 * Pure: body + draft → the neutral message. Rows left completely blank are skipped; an image URL becomes
 * an image header. The limits themselves are the server's to check, so everything else is sent as typed.
 */
export function buildChoicesMessage(body: string, draft: ChoicesDraft): BuiltChoices {
  const optionRows: number[] = [];
  const options = draft.options.flatMap((option, row) => {
    if (isBlank(option)) return [];
    optionRows.push(row);
    const id = option.id === "" ? optionIdFromTitle(option.title) : option.id;
    return option.description === ""
      ? [{ id, title: option.title }]
      : [{ id, title: option.title, description: option.description }];
  });
  const message: OutboundMessageInput = {
    kind: "choices",
    body,
    style: draft.style,
    sections: [{ options }],
  };
  if (draft.style !== "buttons" && draft.listButton !== "") message.listButton = draft.listButton;
  const imageUrl = draft.headerImageUrl.trim();
  if (imageUrl !== "") message.header = { type: "image", source: { url: imageUrl } };
  return { message, optionRows };
}
