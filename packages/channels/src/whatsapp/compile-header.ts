/** Compiles the header of a neutral interactive message, refusing kinds the subtype does not take (A3.1). */
import type { Header, LimitViolation } from "@switchboard/core";
import { checkText } from "./check-text.js";
import { compileMediaSource } from "./compile-media-source.js";
import type { WhatsAppInteractiveHeader, WhatsAppTextHeader } from "./compiled-body.js";
import { INTERACTIVE_HEADER_TEXT_MAX } from "./whatsapp-limits.js";

/** Which headers a subtype takes, and its name for messages ("reply buttons", "lists"…). */
export interface HeaderRule {
  media: boolean;
  subtype: string;
}

/**
 * A text header must hold 1–60 characters. A media header is compiled where `rule.media` allows it and
 * is a `not_allowed` violation elsewhere (lists take text headers only).
 */
export function compileHeader(
  violations: LimitViolation[],
  header: Header | undefined,
  rule: { media: false; subtype: string },
): WhatsAppTextHeader | undefined;
export function compileHeader(
  violations: LimitViolation[],
  header: Header | undefined,
  rule: HeaderRule,
): WhatsAppInteractiveHeader | undefined;
export function compileHeader(
  violations: LimitViolation[],
  header: Header | undefined,
  rule: HeaderRule,
): WhatsAppInteractiveHeader | undefined {
  if (header === undefined) return undefined;
  if (header.type === "text") {
    checkText(violations, "header.text", header.text, { required: true, max: INTERACTIVE_HEADER_TEXT_MAX });
    return { type: "text", text: header.text };
  }
  if (!rule.media) {
    violations.push({
      path: "header",
      rule: "not_allowed",
      message: `header: WhatsApp ${rule.subtype} take a text header only, not ${header.type}`,
    });
    return undefined;
  }
  const media = compileMediaSource(violations, "header.source", header.source);
  switch (header.type) {
    case "image":
      return { type: "image", image: media };
    case "video":
      return { type: "video", video: media };
    case "document":
      return { type: "document", document: media };
  }
}
