/** Compiles the neutral interactive messages (choices, call to action, location request, products, flows). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkId } from "../limits/check-id.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileChoices } from "./compile-choices.js";
import { compileFlow } from "./compile-flow.js";
import { compileHeader } from "./compile-header.js";
import { compileProductList } from "./compile-product-list.js";
import { compileFooter } from "./compile-footer.js";
import type { WhatsAppInteractive } from "./compiled-body.js";
import { CTA_DISPLAY_TEXT_MAX, INTERACTIVE_BODY_MAX } from "./whatsapp-limits.js";

export type InteractiveMessage = MessageOf<
  "choices" | "cta_url" | "location_request" | "product" | "product_list" | "flow"
>;

/** One button opening `url` (http or https), label ≤20; body ≤1024; header text ≤60 or media. */
function compileCtaUrl(violations: LimitViolation[], message: MessageOf<"cta_url">): WhatsAppInteractive {
  const header = compileHeader(violations, message.header, {
    media: true,
    subtype: "call-to-action messages",
  });
  checkText(violations, "body", message.body, { required: true, max: INTERACTIVE_BODY_MAX });
  checkText(violations, "buttonText", message.buttonText, { required: true, max: CTA_DISPLAY_TEXT_MAX });
  checkHttpUrl(violations, "url", message.url, { platform: "WhatsApp" });
  const footer = compileFooter(violations, message.footer);
  return {
    type: "cta_url",
    ...(header === undefined ? {} : { header }),
    body: { text: message.body },
    ...footer,
    action: { name: "cta_url", parameters: { display_text: message.buttonText, url: message.url } },
  };
}

/** Body required ≤1024; WhatsApp adds the "Send location" button itself. */
function compileLocationRequest(
  violations: LimitViolation[],
  message: MessageOf<"location_request">,
): WhatsAppInteractive {
  checkText(violations, "body", message.body, { required: true, max: INTERACTIVE_BODY_MAX });
  return {
    type: "location_request_message",
    body: { text: message.body },
    action: { name: "send_location" },
  };
}

/** One catalog product; no header, optional body ≤1024 and footer ≤60. */
function compileProduct(violations: LimitViolation[], message: MessageOf<"product">): WhatsAppInteractive {
  checkId(violations, "catalogId", message.catalogId, { platform: "WhatsApp" });
  checkId(violations, "productId", message.productId, { platform: "WhatsApp" });
  checkText(violations, "body", message.body, { max: INTERACTIVE_BODY_MAX });
  const body = nonBlank(message.body);
  const footer = compileFooter(violations, message.footer);
  return {
    type: "product",
    ...(body === undefined ? {} : { body: { text: body } }),
    ...footer,
    action: { catalog_id: message.catalogId, product_retailer_id: message.productId },
  };
}

/** The `interactive` object for a neutral interactive message, pushing every broken limit. */
export function compileInteractive(
  violations: LimitViolation[],
  message: InteractiveMessage,
): WhatsAppInteractive {
  switch (message.kind) {
    case "choices":
      return compileChoices(violations, message);
    case "cta_url":
      return compileCtaUrl(violations, message);
    case "location_request":
      return compileLocationRequest(violations, message);
    case "product":
      return compileProduct(violations, message);
    case "product_list":
      return compileProductList(violations, message);
    case "flow":
      return compileFlow(violations, message);
  }
}
