/** The message the composer sends in each mode, from its main input and the drafts of its editors. */
import type { OutboundMessageInput } from "../../api/types";
import { buildChoicesMessage, newChoicesDraft, type ChoicesDraft } from "./choices-draft";
import type { ComposerMode } from "./composer-mode-switch";
import { buildMediaMessage, isMediaDraftReady, newMediaDraft, type MediaDraft } from "./media-draft";
import {
  buildProductMessage,
  isProductDraftReady,
  newProductDraft,
  type ProductDraft,
} from "./product-draft";

export interface ComposerDrafts {
  choices: ChoicesDraft;
  media: MediaDraft;
  product: ProductDraft;
}

/** The modes whose message the composer builds itself (templates have their own form; notes are not sent). */
export type MessageMode = Extract<ComposerMode, "text" | "choices" | "media" | "product">;

export interface BuiltMessage {
  message: OutboundMessageInput;
  /** For choices: the editor row of each option of section 0 (see `buildChoicesMessage`). */
  optionRows: number[];
}

/** Pure: `text` is the text, the choices' body, the media caption or the product's body. */
export function buildComposerMessage(mode: MessageMode, text: string, drafts: ComposerDrafts): BuiltMessage {
  switch (mode) {
    case "text":
      return { message: { kind: "text", text }, optionRows: [] };
    case "choices":
      return buildChoicesMessage(text, drafts.choices);
    case "media":
      return { message: buildMediaMessage(text, drafts.media), optionRows: [] };
    case "product":
      return { message: buildProductMessage(text, drafts.product), optionRows: [] };
  }
}

/**
 * Pure: whether the send button is on. Text and notes need text; media a URL; a product both ids;
 * choices are always sendable, their problems come back from the server field by field.
 */
export function canSendDraft(mode: ComposerMode, text: string, drafts: ComposerDrafts): boolean {
  switch (mode) {
    case "text":
    case "note":
      return text.trim() !== "";
    case "choices":
      return true;
    case "media":
      return isMediaDraftReady(drafts.media);
    case "product":
      return isProductDraftReady(drafts.product);
    case "template":
      return false;
  }
}

export function newComposerDrafts(): ComposerDrafts {
  return { choices: newChoicesDraft(), media: newMediaDraft(), product: newProductDraft() };
}

/** Pure: the drafts after a message of `mode` went out: that mode's editor starts over, the others keep theirs. */
export function draftsAfterSend(mode: MessageMode, drafts: ComposerDrafts): ComposerDrafts {
  switch (mode) {
    case "text":
      return drafts;
    case "choices":
      return { ...drafts, choices: newChoicesDraft() };
    case "media":
      return { ...drafts, media: newMediaDraft() };
    case "product":
      return { ...drafts, product: newProductDraft() };
  }
}
