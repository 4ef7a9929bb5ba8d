/** Pure: whether a composer field is on screen now, so problems of hidden fields go above the send button. */
import type { ChoicesDraft } from "./choices-draft";
import type { ComposerMode } from "./composer-mode-switch";
import type { MediaDraft } from "./media-draft";
import type { FieldKey } from "./violation-path";

export interface VisibleFields {
  mode: ComposerMode;
  choices: Pick<ChoicesDraft, "style" | "options">;
  media: Pick<MediaDraft, "mediaType">;
  /** The choices editor offers an image header on this channel. */
  imageHeader: boolean;
}

const CHOICE_FIELDS = new Set<FieldKey>(["style", "options"]);
const MEDIA_FIELDS = new Set<FieldKey>(["mediaType", "source"]);
const PRODUCT_FIELDS = new Set<FieldKey>(["catalogId", "productId", "footer"]);

export function isFieldVisible(key: FieldKey, fields: VisibleFields): boolean {
  if (key === "text" || key === "general") return true;
  switch (fields.mode) {
    case "choices": {
      if (CHOICE_FIELDS.has(key)) return true;
      if (key === "listButton") return fields.choices.style !== "buttons";
      if (key === "header") return fields.imageHeader;
      const row = /^option\.(\d+)/.exec(key);
      return row ? Number(row[1]) < fields.choices.options.length : false;
    }
    case "media":
      return MEDIA_FIELDS.has(key) || (key === "filename" && fields.media.mediaType === "document");
    case "product":
      return PRODUCT_FIELDS.has(key);
    default:
      return false;
  }
}
