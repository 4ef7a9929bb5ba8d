/** The product editor's state (one catalog product), and the neutral `product` message it becomes. */
import type { OutboundMessageInput } from "../../api/types";

export interface ProductDraft {
  catalogId: string;
  productId: string;
  footer: string;
}

export function newProductDraft(): ProductDraft {
  return { catalogId: "", productId: "", footer: "" };
}

/** Pure: whether both ids are filled in; the channel checks everything else. */
export function isProductDraftReady(draft: ProductDraft): boolean {
  return draft.catalogId.trim() !== "" && draft.productId.trim() !== "";
}

/** Pure: body + draft → the neutral message; ids are trimmed, an empty body or footer is left out. */
export function buildProductMessage(body: string, draft: ProductDraft): OutboundMessageInput {
  const message: OutboundMessageInput = {
    kind: "product",
    catalogId: draft.catalogId.trim(),
    productId: draft.productId.trim(),
  };
  if (body.trim() !== "") message.body = body;
  if (draft.footer.trim() !== "") message.footer = draft.footer;
  return message;
}
