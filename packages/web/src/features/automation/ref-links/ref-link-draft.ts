/** The ref link form's state, the request it sends, and which field a problem's path belongs to. */
import type { RefLink, RefLinkInput } from "../../../api/automation-types";

export interface RefLinkDraft {
  name: string;
  /** The text the customer sends (prefilled by the wa.me link), e.g. `AUTUMN-CWB`. */
  code: string;
  moduleId: string;
  /** Tags as typed: separated by commas (`,` `，` `、`). */
  tags: string;
}

export function newRefLinkDraft(): RefLinkDraft {
  return { name: "", code: "", moduleId: "", tags: "" };
}

/** Pure: `"vip, autumn，vip、 "` → `["vip", "autumn"]`: trimmed, blanks and repeats dropped, order kept. */
export function tagsOf(text: string): string[] {
  const tags = text
    .split(/[,，、]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  return [...new Set(tags)];
}

export function refLinkDraftOf(link: RefLink): RefLinkDraft {
  return { name: link.name, code: link.code, moduleId: link.moduleId, tags: link.tags.join(", ") };
}

/** Pure: the form → the create (or full update) body, every text trimmed. */
export function refLinkRequestOf(draft: RefLinkDraft): RefLinkInput {
  return {
    name: draft.name.trim(),
    code: draft.code.trim(),
    moduleId: draft.moduleId.trim(),
    tags: tagsOf(draft.tags),
  };
}

export type RefLinkField = "name" | "code" | "moduleId" | "tags";

const refLinkFields: readonly RefLinkField[] = ["name", "code", "moduleId", "tags"];

/** Pure: `code`, `tags[2]`… → the field that shows it; other paths belong to the whole form. */
export function refLinkFieldOf(path: string): RefLinkField | undefined {
  const head = /^\w+/.exec(path)?.[0];
  return refLinkFields.find((field) => field === head);
}
