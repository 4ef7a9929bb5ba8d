/**
 * What a browser cannot run, shown as its text: a WhatsApp Flow (its body and button label), a template
 * (its parameters' texts), a product or product list (the catalog's ids, for the site to look up).
 */
import type { LimitViolation, MessageOf, TemplateParameter } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkText, optional } from "./compile-parts.js";
import {
  BUTTON_TEXT_MAX,
  FOOTER_MAX,
  HEADER_TEXT_MAX,
  PRODUCTS_MAX,
  TEXT_MAX,
  WEBCHAT,
} from "./webchat-limits.js";
import type { WebchatMessage } from "./webchat-message.js";

export function compileFlow(violations: LimitViolation[], message: MessageOf<"flow">): WebchatMessage {
  checkText(violations, "header", message.header, HEADER_TEXT_MAX);
  checkText(violations, "body", message.body, TEXT_MAX, true);
  checkText(violations, "footer", message.footer, FOOTER_MAX);
  checkText(violations, "cta", message.cta, BUTTON_TEXT_MAX, true);
  return {
    type: "card",
    ...optional("header", message.header),
    body: message.body,
    ...optional("footer", message.footer),
    label: message.cta,
  };
}

/** The readable text of a parameter: its text, or the fallback of a currency or date. */
function parameterText(parameter: TemplateParameter): string | undefined {
  if (parameter.type === "text") return parameter.text;
  if (parameter.type === "currency" || parameter.type === "date_time") return parameter.fallback;
  if (parameter.type === "location") return parameter.name ?? `${parameter.latitude}, ${parameter.longitude}`;
  return undefined;
}

export function compileTemplate(
  violations: LimitViolation[],
  message: MessageOf<"template">,
): WebchatMessage {
  const header = (message.header ?? []).flatMap((p) => parameterText(p) ?? []).join(" ");
  const body = (message.body ?? []).flatMap((p) => parameterText(p) ?? []).join("\n");
  const text = body.trim() === "" ? message.name : body;
  checkText(violations, "body", text, TEXT_MAX, true);
  return { type: "card", ...optional("header", header), body: text };
}

export function compileProduct(violations: LimitViolation[], message: MessageOf<"product">): WebchatMessage {
  checkText(violations, "productId", message.productId, 200, true);
  checkText(violations, "body", message.body, TEXT_MAX);
  checkText(violations, "footer", message.footer, FOOTER_MAX);
  return {
    type: "product",
    catalogId: message.catalogId,
    productIds: [message.productId],
    ...optional("body", message.body),
    ...optional("footer", message.footer),
  };
}

export function compileProductList(
  violations: LimitViolation[],
  message: MessageOf<"product_list">,
): WebchatMessage {
  checkText(violations, "header", message.header, HEADER_TEXT_MAX, true);
  checkText(violations, "body", message.body, TEXT_MAX, true);
  checkText(violations, "footer", message.footer, FOOTER_MAX);
  const productIds = message.sections.flatMap((section) => section.productIds);
  checkCount(violations, "sections", productIds.length, {
    platform: WEBCHAT,
    min: 1,
    max: PRODUCTS_MAX,
    unit: "products",
    scope: "in total across all sections",
    maxRule: "max_total_items",
  });
  return {
    type: "product",
    catalogId: message.catalogId,
    productIds,
    header: message.header,
    body: message.body,
    ...optional("footer", message.footer),
  };
}
