/** Compiles a neutral product list into WhatsApp's multi-product message (`product_list`, A3.1). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { checkSectionCounts } from "./check-section-counts.js";
import { checkText } from "./check-text.js";
import { compileFooter } from "./compile-footer.js";
import type { WhatsAppInteractive } from "./compiled-body.js";
import {
  INTERACTIVE_BODY_MAX,
  INTERACTIVE_HEADER_TEXT_MAX,
  PRODUCT_LIST_ITEMS_MAX,
  PRODUCT_LIST_SECTION_ITEMS_MIN,
  SECTION_TITLE_MAX,
} from "./whatsapp-limits.js";

/**
 * Header text required ≤60, body required ≤1024, footer ≤60; 1–10 sections, each titled (≤24) with at
 * least one product, ≤30 products in total. A product listed twice is refused (`unique`).
 */
export function compileProductList(
  violations: LimitViolation[],
  message: MessageOf<"product_list">,
): WhatsAppInteractive {
  checkId(violations, "catalogId", message.catalogId, { platform: "WhatsApp" });
  checkText(violations, "header", message.header, { required: true, max: INTERACTIVE_HEADER_TEXT_MAX });
  checkText(violations, "body", message.body, { required: true, max: INTERACTIVE_BODY_MAX });
  const footer = compileFooter(violations, message.footer);
  const { sections } = message;
  const productCount = sections.reduce((sum, section) => sum + section.productIds.length, 0);
  checkSectionCounts(violations, sections.length, productCount, PRODUCT_LIST_ITEMS_MAX);

  const products: UniqueEntry[] = [];
  const compiledSections = sections.map((section, s) => {
    checkText(violations, `sections[${s}].title`, section.title, { required: true, max: SECTION_TITLE_MAX });
    checkCount(violations, `sections[${s}].productIds`, section.productIds.length, {
      platform: "WhatsApp",
      min: PRODUCT_LIST_SECTION_ITEMS_MIN,
    });
    section.productIds.forEach((productId, p) => {
      checkId(violations, `sections[${s}].productIds[${p}]`, productId, { platform: "WhatsApp" });
      products.push({ path: `sections[${s}].productIds[${p}]`, value: productId });
    });
    return {
      title: section.title,
      product_items: section.productIds.map((productId) => ({ product_retailer_id: productId })),
    };
  });
  checkUnique(violations, products, { platform: "WhatsApp", what: "products" });

  return {
    type: "product_list",
    header: { type: "text", text: message.header },
    body: { text: message.body },
    ...footer,
    action: { catalog_id: message.catalogId, sections: compiledSections },
  };
}
